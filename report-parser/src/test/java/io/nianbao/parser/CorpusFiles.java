package io.nianbao.parser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds ../shared/corpus (next to the repository root) from wherever a test runs. The same logic as
 * test-support's Corpus, copied because report-parser must not depend on that Quarkus-based module.
 */
final class CorpusFiles {
    private CorpusFiles() {}

    static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared").resolve("corpus");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("../shared/corpus not found");
    }

    /** The documents of a corpus folder that have an expected JSON, sorted by name. */
    static List<Path> documents(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> !p.getFileName().toString().endsWith(".json"))
                    .filter(p -> Files.exists(expectedOf(p)))
                    .sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path expectedOf(Path document) {
        String name = document.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return document.resolveSibling(name.substring(0, dot) + ".expected.json");
    }
}
