package io.nianbao.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Distinct report documents for load and fault tests, made in memory (never written to the repository) from
 * the seed and synthetic text reports: variant i is base document (i mod bases) with its first year shifted and
 * a line naming the variant appended, so that every variant has its own bytes and therefore its own reportId.
 */
final class LoadDocuments {

    record Document(String fileName, byte[] bytes) {}

    private LoadDocuments() {}

    static List<Document> variants(int count, String runTag) throws IOException {
        List<String> bases = baseTexts();
        List<Document> documents = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String base = bases.get(i % bases.size());
            int year = 2015 + (i / bases.size()) % 10;
            String text = base.replaceFirst("20\\d\\d年", year + "年")
                    + "\n（" + runTag + " 第 " + i + " 份副本）\n";
            documents.add(new Document(runTag + "-" + i + ".txt", text.getBytes(StandardCharsets.UTF_8)));
        }
        return documents;
    }

    /** the UTF-8 text reports: the five seeds and the synthetic .txt/.md documents */
    private static List<String> baseTexts() throws IOException {
        List<Path> files = new ArrayList<>(Seeds.documents());
        Path synthetic = Seeds.folder().resolveSibling("synthetic");
        try (Stream<Path> list = Files.list(synthetic)) {
            list.filter(p -> p.getFileName().toString().matches(".*\\.(txt|md)$")).sorted().forEach(files::add);
        }
        List<String> texts = new ArrayList<>();
        for (Path file : files) {
            try {
                texts.add(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString());
            } catch (java.nio.charset.CharacterCodingException e) {
                // a synthetic document in another encoding: not a base for text variants
            }
        }
        if (texts.size() < 10) {
            throw new IllegalStateException("too few UTF-8 text reports under " + Seeds.folder().getParent() + ": " + texts.size());
        }
        return texts;
    }
}
