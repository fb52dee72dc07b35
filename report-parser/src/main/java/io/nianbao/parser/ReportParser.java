package io.nianbao.parser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.nianbao.contracts.model.ParsedReport;

/**
 * Reads one report document into a ParsedReport. Never throws on bad input: an unreadable
 * document yields a report with MISSING tables and a note. Thread-safe; one instance can be shared.
 */
public class ReportParser {

    /**
     * @param content     the document bytes as pushed (any supported format and encoding)
     * @param fileName    the file name if known (a hint for the format), or null
     * @param contentType the declared media type if known (a hint only; the bytes decide), or null
     */
    public ParsedReport parse(byte[] content, String fileName, String contentType) {
        // FIRST VERSION (placeholder until the parser issue lands): metadata only
        ParsedReport report = new ParsedReport();
        report.notes.add("parser not implemented yet");
        return report;
    }

    public ParsedReport parse(Path file) throws IOException {
        return parse(Files.readAllBytes(file), file.getFileName().toString(), null);
    }
}
