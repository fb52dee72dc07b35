package io.nianbao.parser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

import io.nianbao.contracts.model.NarrativeFigure;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.contracts.model.TableStatus;
import io.nianbao.parser.meta.Metadata;
import io.nianbao.parser.meta.MetadataReader;
import io.nianbao.parser.meta.SectionFinder;
import io.nianbao.parser.narrative.NarrativeExtractor;
import io.nianbao.parser.read.DocumentReader;
import io.nianbao.parser.read.ReadDocument;
import io.nianbao.parser.table.TableReader;
import io.nianbao.parser.text.SimplifiedText;

/**
 * Reads one report document into a ParsedReport: the reader turns the bytes into text, the text is converted
 * to Simplified characters, then metadata, the three tables and the prose figures are read. Never throws on
 * bad input: an unreadable document yields a report with MISSING tables and a note. Thread-safe; one instance
 * can be shared.
 */
public class ReportParser {
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|[\\r\\n\\f\\u2028\\u2029\\u000B]");

    private final DocumentReader reader = new DocumentReader();
    private final MetadataReader metadataReader = new MetadataReader();
    private final TableReader tableReader = new TableReader();
    private final SectionFinder sectionFinder = new SectionFinder();
    private final NarrativeExtractor narrativeExtractor = new NarrativeExtractor();

    /**
     * @param content     the document bytes as pushed (any supported format and encoding)
     * @param fileName    the file name if known (a hint for the format), or null
     * @param contentType the declared media type if known (a hint only; the bytes decide), or null
     */
    public ParsedReport parse(byte[] content, String fileName, String contentType) {
        return parseWithText(content, fileName, contentType).report();
    }

    /**
     * As {@link #parse(byte[], String, String)}, with the text the report was read from, into which the
     * offsets of {@code report.cells} and of the narrative figures point. Never throws.
     */
    public ReportWithText parseWithText(byte[] content, String fileName, String contentType) {
        ParsedReport report = new ParsedReport();
        String text = "";
        try {
            ReadDocument doc = reader.read(content, fileName, contentType);
            if (doc.notes() != null) {
                report.notes.addAll(doc.notes());
            }
            text = doc.text() == null ? "" : doc.text();
            if (doc.noTextLayer()) {
                markImageOnly(report);
                return new ReportWithText(report, text);
            }
            if (text.isBlank()) {
                report.notes.add("文档中没有可读取的文字");
                return new ReportWithText(report, text);
            }
            fill(report, text, doc.pageStarts() == null ? null : doc::pageOf);
        } catch (RuntimeException | StackOverflowError e) {
            ParsedReport failed = new ParsedReport();
            failed.notes.addAll(report.notes);
            failed.notes.add("解析失败：" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + truncate(e.getMessage())));
            return new ReportWithText(failed, text);
        }
        return new ReportWithText(report, text);
    }

    public ParsedReport parse(Path file) throws IOException {
        return parse(Files.readAllBytes(file), file.getFileName().toString(), null);
    }

    /** Parses already decoded text (what the reader produced); used by tests and by {@link #parse}. */
    public ParsedReport parseText(String text) {
        ParsedReport report = new ParsedReport();
        fill(report, text, null);
        return report;
    }

    /** @param pages the page (1-based) of an offset in the text, or null when the document has no pages */
    private void fill(ParsedReport report, String text, IntFunction<Integer> pages) {
        // the same length as the text, so that what is found in it can be pointed at in the text as read
        String simplified = SimplifiedText.of(text);
        List<String> lines = List.of(LINE_BREAK.split(simplified, -1));
        Metadata meta = metadataReader.read(lines);
        report.title = meta.title();
        report.organization = meta.organization();
        report.year = meta.year();
        report.sections = sectionFinder.find(lines);

        Set<String> pageHeaders = new HashSet<>();
        if (meta.title() != null) {
            pageHeaders.add(meta.title());
        }
        if (meta.organization() != null) {
            pageHeaders.add(meta.organization());
        }
        Map<String, String> invalid = new LinkedHashMap<>();
        TableReader.Result tables = tableReader.read(lines, pageHeaders, meta.notice(), meta.year(), invalid);
        report.tables = tables.tables();
        report.template = tables.template();
        report.inferredCells.addAll(tables.inferredCells());
        report.invalidCells.putAll(tables.invalidCells());
        report.cells.putAll(new CellLocator(text, simplified, LINE_BREAK, pages).evidence(tables.cellsRead()));
        report.notes.addAll(tables.notes());
        report.narrative.addAll(narrative(text, report));
    }

    private List<NarrativeFigure> narrative(String text, ParsedReport report) {
        try {
            List<NarrativeFigure> figures = narrativeExtractor.extract(text);
            return figures == null ? List.of() : figures;
        } catch (RuntimeException e) {
            report.notes.add("叙述数字提取失败：" + e.getClass().getSimpleName());
            return List.of();
        }
    }

    /** A scanned PDF: whatever tables it has are pictures, which is not the same as having none. */
    private static void markImageOnly(ParsedReport report) {
        report.tables.activeDisclosure.status = TableStatus.IMAGE_ONLY;
        report.tables.applications.status = TableStatus.IMAGE_ONLY;
        report.tables.reviewLitigation.status = TableStatus.IMAGE_ONLY;
    }

    private static String truncate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
