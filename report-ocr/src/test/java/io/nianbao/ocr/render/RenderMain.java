package io.nianbao.ocr.render;

import java.nio.file.Files;
import java.nio.file.Path;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.testsupport.Corpus;

/** Writes the seeds' tables as PNG files into a folder, to look at them (not a test). */
public final class RenderMain {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        for (String seed : new String[] {"000", "002", "003"}) {
            ParsedReport r = JsonCodec.readReport(Files.readString(Corpus.expectedOf(Corpus.seed(seed))));
            for (int dpi : new int[] {96, 150}) {
                Files.write(out.resolve(seed + "-t2-" + dpi + ".png"), TableImages.png(TemplateTables.activeDisclosure(r.tables.activeDisclosure), dpi, false, 0, 1));
                Files.write(out.resolve(seed + "-t3-" + dpi + ".png"), TableImages.png(TemplateTables.applications(r.tables.applications), dpi, false, 0, 1));
                Files.write(out.resolve(seed + "-t4-" + dpi + ".png"), TableImages.png(TemplateTables.reviewLitigation(r.tables.reviewLitigation), dpi, false, 0, 1));
            }
        }
    }
}
