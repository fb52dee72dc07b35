package io.nianbao.parser.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.nianbao.testsupport.Corpus;

/** Finds ../shared/corpus (read-only) from the module folder, as the build runs it. */
final class TestCorpus {
    private TestCorpus() {
    }

    static Path root() {
        return Corpus.root();
    }

    static Path seed(String prefix) throws IOException {
        try (Stream<Path> files = Files.list(root().resolve("seeds"))) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".txt"))
                    .findFirst().orElseThrow();
        }
    }

    static List<Path> synthetic(String extension) throws IOException {
        try (Stream<Path> files = Files.list(root().resolve("synthetic"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(extension)).sorted().toList();
        }
    }

    static Path expectedOf(Path document) {
        return Corpus.expectedOf(document);
    }
}
