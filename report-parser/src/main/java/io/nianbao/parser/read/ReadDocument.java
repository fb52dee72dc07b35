package io.nianbao.parser.read;

import java.util.List;

/**
 * A document turned into text for the table and prose parsers.
 *
 * <p>Contract of {@code text}: the document's text in reading order, one paragraph per line. A table
 * read from a structured format (HTML {@code <table>}, DOCX {@code w:tbl}, PDF columns) is written one
 * table row per line with its cells separated by TAB, merged cells resolved into the grid (the text
 * at the first position a merge covers, empty strings at the others). An image is written as a line
 * holding its file name or source (e.g. {@code 0005.jpg}, {@code [image] data:image/png…}), so that the
 * table parser can tell an image-only table.
 *
 * @param format       "text", "html", "docx", "pdf" or "unknown"
 * @param charset      the character set the bytes were decoded with (null for binary formats)
 * @param charsetSure  false when the encoding detection was a guess
 * @param notes        what a reader of the parsed report should know (unsure encoding, unreadable input …)
 * @param pageStarts   for a PDF, the offset in {@code text} where page k (1-based) begins at index k - 1;
 *                     null for formats without pages
 */
public record ReadDocument(String text, String format, String charset, boolean charsetSure, List<String> notes,
                           List<Integer> pageStarts) {

    /** A document without pages (text, HTML, DOCX). */
    public ReadDocument(String text, String format, String charset, boolean charsetSure, List<String> notes) {
        this(text, format, charset, charsetSure, notes, null);
    }

    /** The page (1-based) of the character at {@code offset}, or null when the document has no pages. */
    public Integer pageOf(int offset) {
        if (pageStarts == null || pageStarts.isEmpty()) {
            return null;
        }
        int lo = 0;
        int hi = pageStarts.size() - 1;
        while (lo < hi) { // the last page that begins at or before the offset (an empty page begins where the next does)
            int mid = (lo + hi + 1) >>> 1;
            if (pageStarts.get(mid) <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    /**
     * The note of a PDF none of whose pages has text but some have images (a scan). Its text then holds
     * this note and one image line per image, and no headings: a table parser should mark every table
     * IMAGE_ONLY rather than MISSING.
     */
    public static final String NOTE_NO_TEXT_LAYER = "PDF无文本层（扫描件）";

    /** True for a scanned PDF (see {@link #NOTE_NO_TEXT_LAYER}). */
    public boolean noTextLayer() {
        return notes != null && notes.contains(NOTE_NO_TEXT_LAYER);
    }
}
