package io.nianbao.parser;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

import io.nianbao.contracts.model.CellEvidence;
import io.nianbao.contracts.model.CellEvidence.Meaning;
import io.nianbao.parser.table.Cell;
import io.nianbao.parser.table.CellMeanings;

/**
 * Turns the cells the table parser read into evidence that points into the text as read: the table parser
 * works on lines of the Simplified text, which has the same length as the text read, so a cell's line and
 * column give its offset in that text. The raw text is cut from the text read (Traditional characters
 * stay as the author wrote them), without the spaces around it.
 */
final class CellLocator {
    private final String text;
    private final String simplified;
    private final int[] lineStarts;
    /** the page of an offset (a PDF's); null for formats without pages */
    private final IntFunction<Integer> pages;

    /**
     * @param text       the text as read
     * @param simplified the same text in Simplified characters (same length)
     * @param lineStarts where each line of {@code simplified} starts (the lines the table parser numbered)
     * @param pages      the page (1-based) of an offset, or null when the text has no pages
     */
    CellLocator(String text, String simplified, int[] lineStarts, IntFunction<Integer> pages) {
        this.text = text;
        this.simplified = simplified;
        this.lineStarts = lineStarts;
        this.pages = pages;
    }

    Map<String, CellEvidence> evidence(Map<String, Cell> cellsRead) {
        Map<String, CellEvidence> out = new LinkedHashMap<>();
        for (Map.Entry<String, Cell> e : cellsRead.entrySet()) {
            out.put(e.getKey(), evidenceOf(e.getValue()));
        }
        return out;
    }

    CellEvidence evidenceOf(Cell c) {
        Meaning meaning = CellMeanings.of(c);
        if (c == null) {
            return new CellEvidence("", meaning, null, null, null);
        }
        int start = startOf(c);
        if (start < 0) {
            return new CellEvidence(trim(c.raw()), meaning, null, null, null);
        }
        int end = start + c.raw().length();
        while (start < end && isPadding(text.charAt(start))) {
            start++;
        }
        while (end > start && isPadding(text.charAt(end - 1))) {
            end--;
        }
        return new CellEvidence(text.substring(start, end), meaning, start, end - start,
                pages == null ? null : pages.apply(start));
    }

    /** the cell's offset in the text, or -1 when it was not read from one place of it */
    private int startOf(Cell c) {
        if (c.column() < 0 || c.line() < 0 || c.line() >= lineStarts.length || simplified.length() != text.length()) {
            return -1;
        }
        int start = lineStarts[c.line()] + c.column();
        int end = start + c.raw().length();
        // the cell must be exactly where it says (a cell cut from a glued figure is checked the same way)
        if (end > simplified.length() || !simplified.regionMatches(start, c.raw(), 0, c.raw().length())) {
            return -1;
        }
        return start;
    }

    private static String trim(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && isPadding(raw.charAt(start))) {
            start++;
        }
        while (end > start && isPadding(raw.charAt(end - 1))) {
            end--;
        }
        return raw.substring(start, end);
    }

    /** spaces around a figure: ASCII and ideographic spaces, no-break and zero-width spaces, byte-order marks */
    private static boolean isPadding(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\uFEFF';
    }
}
