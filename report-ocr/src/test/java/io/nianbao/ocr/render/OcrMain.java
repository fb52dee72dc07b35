package io.nianbao.ocr.render;

import java.nio.file.Files;
import java.nio.file.Path;

import io.nianbao.ocr.TesseractTableReader;
import io.nianbao.parser.image.ImageTable;

/** Prints what the reader makes of picture files (not a test: for looking at the OCR). */
public final class OcrMain {
    public static void main(String[] args) throws Exception {
        TesseractTableReader reader = TesseractTableReader.onPath(1);
        for (String a : args) {
            long t0 = System.nanoTime();
            var table = reader.read(Files.readAllBytes(Path.of(a)), a);
            System.out.printf("== %s  %.1f s%n", a, (System.nanoTime() - t0) / 1e9);
            table.ifPresent(t -> {
                for (var row : t.rows()) {
                    StringBuilder sb = new StringBuilder();
                    for (ImageTable.ImageCell c : row) {
                        sb.append(c.text()).append(c.confirmed() ? "" : "?").append(String.format("(%.2f)", c.confidence())).append(" | ");
                    }
                    System.out.println(sb);
                }
            });
        }
    }
}
