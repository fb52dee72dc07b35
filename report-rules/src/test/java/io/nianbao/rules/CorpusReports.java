package io.nianbao.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.testsupport.Corpus;

/** Reads ../shared/corpus: expected JSON of seeds and synthetic reports, and the synthetic MANIFEST. */
final class CorpusReports {
    private CorpusReports() {}

    record ManifestLine(String name, String template, int year, String error, String errorPath, String expectedCodes) {}

    static Path root() {
        return Corpus.root();
    }

    /** expected JSON files of a corpus folder, by the document's base name, sorted. */
    static Map<String, Path> expected(String folder) {
        try (Stream<Path> files = Files.list(root().resolve(folder))) {
            Map<String, Path> byName = new LinkedHashMap<>();
            files.filter(p -> p.getFileName().toString().endsWith(".expected.json")).sorted()
                    .forEach(p -> byName.put(p.getFileName().toString().replace(".expected.json", ""), p));
            return byName;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParsedReport read(Path json) {
        try {
            return JsonCodec.readReport(Files.readString(json, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A seed's report by its three-digit prefix ("000"). */
    static ParsedReport seed(String prefix) {
        return expected("seeds").entrySet().stream().filter(e -> e.getKey().startsWith(prefix + "_"))
                .map(e -> read(e.getValue())).findFirst().orElseThrow();
    }

    static List<ManifestLine> manifest() {
        try {
            List<String> lines = Files.readAllLines(root().resolve("synthetic/MANIFEST.tsv"), StandardCharsets.UTF_8);
            List<ManifestLine> out = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                out.add(new ManifestLine(f[0], f[3], Integer.parseInt(f[4]), f[5], f[6], f[7]));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
