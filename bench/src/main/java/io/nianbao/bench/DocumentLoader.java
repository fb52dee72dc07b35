package io.nianbao.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import io.nianbao.parser.read.DocumentReader;
import io.nianbao.parser.read.ReadDocument;

/** Loads the report documents of a corpus folder (not the expected JSON, the manifest or the READMEs). */
public final class DocumentLoader {
    private static final Set<String> NOT_REPORTS = Set.of("MANIFEST.tsv", "README.md", "INDEX.md");

    private final DocumentReader reader = new DocumentReader();

    /** @param limit at most this many documents (sorted by name); 0 for all */
    public List<BenchDocument> load(Path folder, int limit) {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !NOT_REPORTS.contains(p.getFileName().toString()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        if (limit > 0 && files.size() > limit) {
            files = files.subList(0, limit);
        }
        List<BenchDocument> documents = new ArrayList<>();
        for (Path file : files) {
            try {
                documents.add(describe(file.getFileName().toString(), Files.readAllBytes(file)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return documents;
    }

    /** Reads the document once, outside any timing, to learn its format and encoding for the baselines. */
    public BenchDocument describe(String name, byte[] bytes) {
        ReadDocument read = reader.read(bytes, name, null);
        if (read.notes() != null && read.notes().stream().anyMatch(DocumentLoader::missingClass)) {
            // the reader swallows this (it must never throw) and the document would be timed as unreadable
            throw new IllegalStateException("class path incomplete, " + name + " unreadable: " + read.notes()
                    + " — rebuild with: mvn -B -ntp -pl bench -am clean package -DskipTests");
        }
        return new BenchDocument(name, bytes, read.format(), charsetOf(read));
    }

    private static boolean missingClass(String note) {
        return note.contains("NoClassDefFoundError") || note.contains("ClassNotFoundException");
    }

    private static Charset charsetOf(ReadDocument read) {
        if (!"text".equals(read.format()) && !"html".equals(read.format())) {
            return null;
        }
        if (read.charset() == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(read.charset());
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
