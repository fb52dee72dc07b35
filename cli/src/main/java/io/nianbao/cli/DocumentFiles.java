package io.nianbao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.nianbao.contracts.model.ParsedReport;

/** Reading report documents from disk for the offline commands. */
final class DocumentFiles {
    private DocumentFiles() {}

    /** The report of a file that could not be read: every table MISSING and a note saying why. */
    static ParsedReport unreadable(Path file, String reason) {
        ParsedReport report = new ParsedReport();
        report.notes.add("文件无法读取：" + file + "（" + reason + "）");
        return report;
    }

    /** The documents in the given files and folders (folders walked, corpus side files skipped), in a stable order. */
    static List<Path> documents(List<Path> filesOrFolders) throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path p : filesOrFolders) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(DocumentFiles::isDocument).sorted().forEach(found::add);
                }
            } else {
                found.add(p);
            }
        }
        return found;
    }

    /** Skips what sits beside documents in a corpus: expected answers, manifests, READMEs, hidden files. */
    static boolean isDocument(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && !name.endsWith(".expected.json") && !name.endsWith(".tsv") && !name.endsWith(".md");
    }

    /** The media type pushed with a file, from its name; the server decides from the bytes anyway. */
    static String contentType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return "text/plain";
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return "text/html";
        }
        if (name.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (name.endsWith(".docx")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        return "application/octet-stream";
    }
}
