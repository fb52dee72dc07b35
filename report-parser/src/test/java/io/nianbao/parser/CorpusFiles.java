package io.nianbao.parser;

import java.nio.file.Path;
import java.util.List;

import io.nianbao.testsupport.Corpus;

/** Short names for the shared corpus lookups these tests use. */
final class CorpusFiles {
    private CorpusFiles() {}

    static Path root() {
        return Corpus.root();
    }

    static List<Path> documents(Path folder) {
        return Corpus.documents(folder);
    }

    static Path expectedOf(Path document) {
        return Corpus.expectedOf(document);
    }
}
