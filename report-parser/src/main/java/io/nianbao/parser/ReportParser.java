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

import io.nianbao.contracts.model.NarrativeFigure;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.contracts.model.TableStatus;
import io.nianbao.parser.image.ImageTableReader;
import io.nianbao.parser.image.ImageTables;
import io.nianbao.parser.meta.Metadata;
import io.nianbao.parser.meta.MetadataReader;
import io.nianbao.parser.meta.SectionFinder;
import io.nianbao.parser.narrative.NarrativeExtractor;
import io.nianbao.parser.read.DocumentImages;
import io.nianbao.parser.read.DocumentReader;
import io.nianbao.parser.read.ReadDocument;
import io.nianbao.parser.table.TableReader;
import io.nianbao.parser.text.LineBreaks;
import io.nianbao.parser.text.SimplifiedText;

/**
 * Reads one report document into a ParsedReport: the reader turns the bytes into text, the text is converted
 * to Simplified characters, then metadata, the three tables and the prose figures are read. Never throws on
 * bad input: an unreadable document yields a report with MISSING tables and a note. Thread-safe; one instance
 * can be shared.
 */
public class ReportParser {
    private final DocumentReader reader = new DocumentReader();
    private final MetadataReader metadataReader = new MetadataReader();
    private final TableReader tableReader = new TableReader();
    private final SectionFinder sectionFinder = new SectionFinder();
    private final NarrativeExtractor narrativeExtractor = new NarrativeExtractor();
    /** reads tables published as pictures (OCR); null: such tables stay IMAGE_ONLY */
    private final ImageTableReader imageTables;

    public ReportParser() {
        this(null);
    }

    /** @param imageTables reads tables published as pictures (e.g. report-ocr's TesseractTableReader), or null */
    public ReportParser(ImageTableReader imageTables) {
        this.imageTables = imageTables;
    }

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
        return parseWithText(content, fileName, contentType, Map.of());
    }

    /**
     * As {@link #parseWithText(byte[], String, String)}, with the pictures uploaded together with an HTML page
     * (by file name), which the page's {@code <img>} refer to: with an image table reader, their tables are read.
     */
    public ReportWithText parseWithText(byte[] content, String fileName, String contentType, Map<String, byte[]> attachments) {
        ParsedReport report = new ParsedReport();
        String text = "";
        try {
            ReadDocument doc = reader.read(content, fileName, contentType);
            if (doc.notes() != null) {
                report.notes.addAll(doc.notes());
            }
            text = doc.text() == null ? "" : doc.text();
            ImageTables.Substituted pictures = null;
            if (imageTables != null && !text.isBlank()) {
                pictures = ImageTables.substitute(text, DocumentImages.of(content, fileName, contentType, attachments), imageTables);
                text = pictures.text();
            }
            if (doc.noTextLayer() && (pictures == null || !pictures.any())) {
                markImageOnly(report);
                return new ReportWithText(report, text);
            }
            if (text.isBlank()) {
                report.notes.add("文档中没有可读取的文字");
                return new ReportWithText(report, text);
            }
            ImageTables.Substituted read = pictures;
            fill(report, text, doc.pageStarts() == null ? null
                    : read == null ? doc::pageOf : offset -> doc.pageOf(read.originalOffset(offset)));
            if (pictures != null) {
                pictures.mark(report);
            }
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
        List<String> lines = LineBreaks.split(simplified);
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
        report.cells.putAll(new CellLocator(text, simplified, LineBreaks.lineStarts(simplified), pages).evidence(tables.cellsRead()));
        report.notes.addAll(tables.notes());
        report.narrative.addAll(narrative(text, simplified, report));
    }

    private List<NarrativeFigure> narrative(String text, String simplified, ParsedReport report) {
        try {
            List<NarrativeFigure> figures = narrativeExtractor.extract(text, simplified);
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
