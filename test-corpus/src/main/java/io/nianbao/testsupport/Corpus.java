package io.nianbao.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds ../shared/corpus (next to the repository root, read-only) from wherever a test or benchmark runs. */
public final class Corpus {
    private Corpus() {}

    public static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared").resolve("corpus");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("../shared/corpus not found");
    }

    public static Path seeds() {
        return root().resolve("seeds");
    }

    public static Path synthetic() {
        return root().resolve("synthetic");
    }

    /** The documents of a corpus folder that have an expected JSON, sorted by name. */
    public static List<Path> documents(Path folder) {
        return files(folder, "").stream()
                .filter(p -> !p.getFileName().toString().endsWith(".json"))
                .filter(p -> Files.exists(expectedOf(p)))
                .toList();
    }

    /** The files of a folder whose names end with {@code suffix}, sorted by name. */
    public static List<Path> files(Path folder, String suffix) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed document whose name starts with {@code prefix} ("000"). */
    public static Path seed(String prefix) {
        return documents(seeds()).stream().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no seed " + prefix));
    }

    public static Path expectedOf(Path document) {
        String name = document.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return document.resolveSibling(name.substring(0, dot) + ".expected.json");
    }
}
