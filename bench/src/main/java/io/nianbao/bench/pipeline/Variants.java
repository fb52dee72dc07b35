package io.nianbao.bench.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.nianbao.bench.BenchDocument;

/**
 * Distinct copies of the corpus documents: the pipeline deduplicates by content hash, so each pushed document
 * must differ. A copy is the original plus one trailing ASCII line (an HTML comment for HTML) naming the run
 * and the copy in letters only, so it adds no figure the parser could read and is valid in UTF-8, GBK and
 * GB18030 alike. Binary formats (DOCX, PDF) cannot be varied this way and are left out.
 */
public final class Variants {
    private Variants() {}

    public record Variant(String fileName, String contentType, byte[] bytes) {}

    public static List<Variant> of(List<BenchDocument> documents, String runId, int count) {
        List<BenchDocument> textual = documents.stream().filter(BenchDocument::textual).toList();
        if (textual.isEmpty()) {
            throw new IllegalArgumentException("no text or HTML document to vary");
        }
        List<Variant> variants = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            BenchDocument original = textual.get(i % textual.size());
            boolean html = "html".equals(original.format());
            String marker = "nianbao-load " + letters(runId.hashCode() & 0x7fffffff) + " " + letters(i);
            String trailer = html ? "\n<!-- " + marker + " -->\n" : "\n" + marker + "\n";
            byte[] extra = trailer.getBytes(StandardCharsets.US_ASCII);
            byte[] bytes = new byte[original.bytes().length + extra.length];
            System.arraycopy(original.bytes(), 0, bytes, 0, original.bytes().length);
            System.arraycopy(extra, 0, bytes, original.bytes().length, extra.length);
            variants.add(new Variant(original.name(), html ? "text/html" : "text/plain", bytes));
        }
        return variants;
    }

    /** A number written with the letters a–z (bijective base 26), so that the marker holds no digit. */
    static String letters(long n) {
        StringBuilder out = new StringBuilder();
        long v = n + 1;
        while (v > 0) {
            v--;
            out.append((char) ('a' + v % 26));
            v /= 26;
        }
        return out.reverse().toString();
    }
}
