package io.nianbao.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.parser.ReportParser;

class ParserProbeTest {
    @Test
    void probe() throws Exception {
        ReportParser parser = new ReportParser();
        for (String folder : new String[] {"seeds", "synthetic"}) {
            for (Map.Entry<String, Path> e : CorpusReports.expected(folder).entrySet()) {
                Path doc;
                try (var s = Files.list(e.getValue().getParent())) {
                    doc = s.filter(p -> p.getFileName().toString().startsWith(e.getKey() + ".") && !p.toString().endsWith(".json")).findFirst().orElse(null);
                }
                if (doc == null) continue;
                long t0 = System.nanoTime();
                ParsedReport got = parser.parse(doc);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                ParsedReport exp = CorpusReports.read(e.getValue());
                boolean tables = JsonCodec.write(got.tables).equals(JsonCodec.write(exp.tables));
                boolean narrative = JsonCodec.write(got.narrative).equals(JsonCodec.write(exp.narrative));
                System.out.println("PROBE " + e.getKey() + " ms=" + ms + " tables=" + tables + " narrative=" + narrative + " size=" + Files.size(doc));
            }
        }
    }
}
