package io.nianbao.parser.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds ../shared/corpus (read-only) from the module folder, as the build runs it. */
final class TestCorpus {
    private TestCorpus() {
    }

    static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared").resolve("corpus");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("../shared/corpus not found");
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
        String name = document.getFileName().toString();
        return document.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected.json");
    }
}
