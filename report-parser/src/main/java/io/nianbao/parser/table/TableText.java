package io.nianbao.parser.table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import io.nianbao.parser.text.Chars;

/**
 * The lines of one table's region cut into classified cells, plus the "label stream": the text of all label
 * cells joined without spaces, so that a label wrapped over lines, split by a page break or written vertically
 * (本\n年\n度…) reads as one word. Every character of the stream knows the cell it came from.
 *
 * <p>A line becomes cells by its own layout: TAB-separated (HTML/DOCX rows from the reader, TSV), a markdown
 * pipe row, or — for PDF-like text — words separated by spaces, unless the line reads like prose.
 */
public final class TableText {
    private static final Pattern PAGE_FOOTER = Pattern.compile(
            "(第\\s*\\d+\\s*页\\s*([/,，、]?\\s*共\\s*\\d+\\s*页)?|[-—–－]+\\s*\\d+\\s*[-—–－]+|\\d+\\s*/\\s*\\d+|"
                    + "共\\s*\\d+\\s*页\\s*第\\s*\\d+\\s*页|page\\s*\\d+(\\s*of\\s*\\d+)?)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKDOWN_RULE = Pattern.compile("\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?");
    private static final Pattern WORDS = Pattern.compile("[ \\u3000\\u00A0]+");

    private final List<Cell> cells = new ArrayList<>();
    private final StringBuilder stream = new StringBuilder();
    private final List<Integer> streamCell = new ArrayList<>();
    private final List<Integer> streamStart = new ArrayList<>();
    private boolean imageSeen;

    /**
     * @param lines      the document's lines
     * @param from       first line of the region (inclusive)
     * @param to         end of the region (exclusive)
     * @param skipLines  whole lines to ignore (page headers that repeat the title)
     */
    public static TableText of(List<String> lines, int from, int to, Collection<String> skipLines) {
        TableText t = new TableText();
        for (int i = from; i < to; i++) {
            t.addLine(lines.get(i), i, skipLines);
        }
        return t;
    }

    private void addLine(String line, int index, Collection<String> skipLines) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || allBlank(trimmed)) {
            return;
        }
        String compact = CellReader.compact(trimmed);
        if (PAGE_FOOTER.matcher(compact).matches() || skipLines.contains(compact) || isApplicantHeader(compact)) {
            return;
        }
        int lead = line.length() - line.stripLeading().length();
        if (line.indexOf('\t') >= 0) {
            String[] parts = line.split("\t", -1);
            addCells(parts, index, 0, parts.length > 1);
        } else if (trimmed.startsWith("|") && trimmed.indexOf('|', 1) > 0) {
            if (MARKDOWN_RULE.matcher(trimmed).matches()) {
                return;
            }
            String inner = trimmed.substring(1, trimmed.endsWith("|") ? trimmed.length() - 1 : trimmed.length());
            addCells(inner.split("\\|", -1), index, lead + 1, true);
        } else {
            String[] words = WORDS.split(trimmed);
            if (words.length == 1) {
                addCells(words, index, lead, false);
                return;
            }
            Cell[] read = new Cell[words.length];
            int at = 0;
            for (int w = 0; w < words.length; w++) {
                // the words are the text between runs of spaces, so each is found after the one before
                int column = trimmed.indexOf(words[w], at);
                at = column + words[w].length();
                read[w] = CellReader.read(words[w], index, lead + column, false);
            }
            if (readsLikeProse(read)) {
                addCells(new String[] {trimmed}, index, lead, false);
            } else {
                for (Cell c : read) {
                    add(c);
                }
            }
        }
    }

    private static boolean allBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c == '\t' || Character.isWhitespace(c) || c == '\u3000')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Table 3's column header (自然人 法人或其他组织 … 商业企业 科研机构 …): it carries no row label, and a PDF repeats it
     * after a page break, where its 其他 and 总计 would be taken for row labels.
     */
    private static boolean isApplicantHeader(String compact) {
        if (!(compact.contains("商业企业") || compact.contains("法人或其他组织"))) {
            return false;
        }
        for (int i = 0; i < compact.length(); i++) {
            if (Character.isDigit(compact.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** words after a figure ("行政复议 0 件") mean a sentence, not a table row */
    private static boolean readsLikeProse(Cell[] words) {
        boolean figureSeen = false;
        for (Cell w : words) {
            CellKind k = w.kind();
            if (k == CellKind.VALUE || k == CellKind.ODD) {
                figureSeen = true;
            } else if (figureSeen && k == CellKind.TEXT) {
                return true;
            }
        }
        return false;
    }

    /** @param from where the first part starts in the line; the parts are separated by one character */
    private void addCells(String[] parts, int line, int from, boolean tabular) {
        int column = from;
        for (String p : parts) {
            add(CellReader.read(p, line, column, tabular));
            column += p.length() + 1;
        }
    }

    private void add(Cell c) {
        int index = cells.size();
        cells.add(c);
        if (c.kind() == CellKind.IMAGE) {
            imageSeen = true;
        } else if (c.kind() == CellKind.TEXT && !isProse(c.raw())) {
            streamStart.add(stream.length());
            streamCell.add(index);
            stream.append(Chars.labelKey(c.raw()));
        }
    }

    static boolean isProse(String text) {
        String c = CellReader.compact(text);
        return c.length() > 60 || c.indexOf('。') >= 0 || (c.length() > 40 && (c.indexOf('，') >= 0 || c.indexOf(',') >= 0));
    }

    public List<Cell> cells() {
        return cells;
    }

    public String stream() {
        return stream.toString();
    }

    public boolean imageSeen() {
        return imageSeen;
    }

    /** The index of the cell that the stream character at {@code pos} came from. */
    public int cellAt(int pos) {
        int lo = 0;
        int hi = streamStart.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (streamStart.get(mid) <= pos) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return streamCell.isEmpty() ? -1 : streamCell.get(lo);
    }
}
