package io.nianbao.parser.image;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import io.nianbao.contracts.model.ActiveDisclosure;
import io.nianbao.contracts.model.CellEvidence;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.contracts.model.TableStatus;
import io.nianbao.parser.read.DocumentImages;

/**
 * Puts the tables read from pictures into the text in place of the pictures' lines, written as the readers
 * write a table (one row per line, cells separated by TAB), so that the table parser reads them as any other
 * table; afterwards marks what came from a picture: {@code source: "OCR"} on the table and the OCR's
 * confidence on the cells' evidence.
 */
public final class ImageTables {

    /** The text with the pictures' tables written in, and where their cells are. */
    public static final class Substituted {
        private final String text;
        private final NavigableMap<Integer, Mark> cells;
        private final NavigableMap<Integer, int[]> originalLines;
        private final List<String> unreadable;

        private Substituted(String text, NavigableMap<Integer, Mark> cells, NavigableMap<Integer, int[]> originalLines,
                            List<String> unreadable) {
            this.text = text;
            this.cells = cells;
            this.originalLines = originalLines;
            this.unreadable = unreadable;
        }

        public String text() {
            return text;
        }

        /** whether any picture was read as a table */
        public boolean any() {
            return !cells.isEmpty();
        }

        /** The offset in the text before the substitution of an offset in {@link #text()} (for a PDF's pages). */
        public int originalOffset(int offset) {
            Map.Entry<Integer, int[]> e = originalLines.floorEntry(offset);
            return e == null ? offset : e.getValue()[0] + Math.min(offset - e.getKey(), e.getValue()[1]);
        }

        /** Marks the tables and cells of a parsed report that came from a picture. */
        public void mark(ParsedReport report) {
            if (!cells.isEmpty()) {
                for (Map.Entry<String, CellEvidence> e : report.cells.entrySet()) {
                    CellEvidence ev = e.getValue();
                    if (ev == null || ev.offset() == null) {
                        continue;
                    }
                    Map.Entry<Integer, Mark> m = cells.floorEntry(ev.offset());
                    if (m != null && ev.offset() < m.getKey() + Math.max(1, m.getValue().length())) {
                        e.setValue(ev.withOcr(m.getValue().confidence(), m.getValue().confirmed()));
                        markTable(report, e.getKey());
                    }
                }
            }
            if (!unreadable.isEmpty() && anyImageOnly(report)) {
                report.notes.add("表格图片未能识别（OCR）：" + String.join("、", unreadable));
            }
        }
    }

    /** one cell written from a picture: its length, how sure the OCR was, and where its line ends */
    private record Mark(int length, double confidence, boolean confirmed, int lineEnd) {}

    private ImageTables() {}

    /**
     * @param text   the text as read, image lines included
     * @param images the document's pictures with the lines that stand for them
     */
    public static Substituted substitute(String text, List<DocumentImages.Image> images, ImageTableReader reader) {
        Map<String, Deque<DocumentImages.Image>> byLine = new HashMap<>();
        for (DocumentImages.Image image : images) {
            byLine.computeIfAbsent(image.line().strip(), k -> new ArrayDeque<>()).add(image);
        }
        NavigableMap<Integer, Mark> cells = new TreeMap<>();
        NavigableMap<Integer, int[]> originalLines = new TreeMap<>();
        List<String> unreadable = new ArrayList<>();
        StringBuilder out = new StringBuilder(text.length());
        int oldPos = 0;
        for (String line : text.split("\n", -1)) {
            if (oldPos > 0) {
                out.append('\n');
            }
            originalLines.put(out.length(), new int[] {oldPos, line.length()});
            Deque<DocumentImages.Image> queue = byLine.get(line.strip());
            DocumentImages.Image image = queue == null ? null : queue.poll();
            Optional<ImageTable> table = image == null ? Optional.empty() : readSafely(reader, image);
            if (table.isPresent()) {
                write(table.get(), out, cells);
            } else {
                if (image != null) {
                    unreadable.add(image.name());
                }
                out.append(line);
            }
            oldPos += line.length() + 1;
        }
        return new Substituted(out.toString(), cells, originalLines, unreadable);
    }

    private static Optional<ImageTable> readSafely(ImageTableReader reader, DocumentImages.Image image) {
        try {
            Optional<ImageTable> t = reader.read(image.bytes(), image.name());
            return t == null ? Optional.empty() : t.filter(x -> x.rows() != null && !x.rows().isEmpty());
        } catch (RuntimeException e) {
            return Optional.empty(); // an OCR failure must not cost the rest of the report
        }
    }

    private static void write(ImageTable table, StringBuilder out, NavigableMap<Integer, Mark> cells) {
        boolean first = true;
        for (List<ImageTable.ImageCell> row : table.rows()) {
            if (!first) {
                out.append('\n');
            }
            first = false;
            int lineStart = out.length();
            Map<Integer, ImageTable.ImageCell> starts = new LinkedHashMap<>();
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append('\t');
                }
                String cell = clean(row.get(i).text());
                starts.put(out.length(), row.get(i).text(cell));
                out.append(cell);
            }
            int lineEnd = out.length();
            starts.forEach((start, c) -> cells.put(start, new Mark(c.text().length(), c.confidence(), c.confirmed(), lineEnd)));
            if (lineEnd == lineStart) {
                cells.remove(lineStart);
            }
        }
    }

    /** a cell's text cannot hold the line and cell separators of the text */
    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n\\f\\u000B\\u2028\\u2029]", " ").strip();
    }

    private static void markTable(ParsedReport report, String path) {
        int dot = path.indexOf('.');
        String table = dot < 0 ? path : path.substring(0, dot);
        switch (table) {
            case "activeDisclosure" -> report.tables.activeDisclosure.source = ActiveDisclosure.SOURCE_OCR;
            case "applications" -> report.tables.applications.source = ActiveDisclosure.SOURCE_OCR;
            case "reviewLitigation" -> report.tables.reviewLitigation.source = ActiveDisclosure.SOURCE_OCR;
            default -> { }
        }
    }

    private static boolean anyImageOnly(ParsedReport report) {
        return report.tables.activeDisclosure.status == TableStatus.IMAGE_ONLY
                || report.tables.applications.status == TableStatus.IMAGE_ONLY
                || report.tables.reviewLitigation.status == TableStatus.IMAGE_ONLY;
    }
}
