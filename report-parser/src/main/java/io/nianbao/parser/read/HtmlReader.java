package io.nianbao.parser.read;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Tag;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML page into lines: block elements and {@code <br>} end a line, a table that holds no other
 * table becomes a TAB-separated grid, a table that holds tables is page layout and is read like a
 * {@code <div>}, and an {@code <img>} becomes a line with its source. jsoup parses and walks the tree
 * iteratively, and so does this class, so deeply nested markup cannot exhaust the stack.
 */
final class HtmlReader {

    /** How far down a table to look for a table inside it; deeper nesting than this is not a report. */
    private static final int MAX_TABLE_ANCESTRY = 200;

    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "head", "svg", "object", "embed");
    private static final Set<String> BLOCK = Set.of(
            "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "thead",
            "tbody", "tfoot", "tr", "td", "th", "caption", "section", "article", "header", "footer", "nav", "aside",
            "main", "blockquote", "center", "form", "hr", "pre", "address", "figure", "figcaption", "fieldset",
            "legend", "body", "html", "title", "option", "details", "summary");

    private HtmlReader() {
    }

    static String read(String html) {
        Document doc = Jsoup.parse(html);
        // the lines go straight into the text, one per line: no list of line strings to join afterwards
        Lines lines = new Lines(html.length() / 4);
        StringBuilder line = new StringBuilder();
        // what a tag is, looked up once per tag of the page rather than in the sets for every element
        Map<Tag, Integer> kinds = new IdentityHashMap<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    line.append(text.getWholeText());
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element el)) {
                    return FilterResult.CONTINUE;
                }
                int kind = kinds.computeIfAbsent(el.tag(), HtmlReader::kindOf);
                if ((kind & SKIPPED) != 0) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if ((kind & TABLE) != 0 && !holdsTable(el)) {
                    flush(line, lines);
                    lines.addAll(grid(el));
                    return FilterResult.SKIP_ENTIRELY;
                }
                if ((kind & IMAGE) != 0) {
                    flush(line, lines);
                    lines.add(imageLine(el));
                    return FilterResult.CONTINUE;
                }
                if ((kind & (BREAK | BLOCK_TAG)) != 0) {
                    flush(line, lines);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element el && (kinds.computeIfAbsent(el.tag(), HtmlReader::kindOf) & BLOCK_TAG) != 0) {
                    flush(line, lines);
                }
                return FilterResult.CONTINUE;
            }
        }, doc.body() == null ? doc : doc.body());
        flush(line, lines);
        return lines.text();
    }

    private static final int SKIPPED = 1;
    private static final int BLOCK_TAG = 2;
    private static final int TABLE = 4;
    private static final int IMAGE = 8;
    private static final int BREAK = 16;

    /** what a tag is to the walk: skipped, a block (ends a line), a table, an image, a line break (bits) */
    private static int kindOf(Tag tag) {
        String name = tag.normalName();
        int kind = SKIP.contains(name) ? SKIPPED : 0;
        if (BLOCK.contains(name)) {
            kind |= BLOCK_TAG;
        }
        switch (name) {
            case "table" -> kind |= TABLE;
            case "img" -> kind |= IMAGE;
            case "br" -> kind |= BREAK;
            default -> { }
        }
        return kind;
    }

    /**
     * Whether a table holds another table (then it is page layout). Only the table's own subtree is walked, and
     * only until the first table in it, rather than the whole page for every page: a portal page is mostly menus.
     */
    private static boolean holdsTable(Element table) {
        boolean[] found = new boolean[1];
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (depth > MAX_TABLE_ANCESTRY) {
                    return FilterResult.SKIP_ENTIRELY; // nested deeper than any report: not this table's business
                }
                if (node != table && node instanceof Element el && el.normalName().equals("table")) {
                    found[0] = true;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, table);
        return found[0];
    }

    private static List<String> grid(Element table) {
        TableGrid grid = new TableGrid();
        for (Element row : rowsOf(table)) {
            grid.startRow();
            for (Element cell : row.children()) {
                String tag = cell.normalName();
                if (tag.equals("td") || tag.equals("th")) {
                    grid.addCell(cellText(cell), span(cell.attr("rowspan")), span(cell.attr("colspan")));
                }
            }
        }
        return grid.lines();
    }

    /** A rowspan/colspan attribute; missing, malformed or non-positive values count as 1. */
    private static int span(String value) {
        String digits = value.trim();
        int end = 0;
        while (end < digits.length() && end < 6 && Character.isDigit(digits.charAt(end))) {
            end++;
        }
        return end == 0 ? 1 : Math.max(1, Integer.parseInt(digits.substring(0, end)));
    }

    private static List<Element> rowsOf(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            String tag = child.normalName();
            if (tag.equals("tr")) {
                rows.add(child);
            } else if (tag.equals("thead") || tag.equals("tbody") || tag.equals("tfoot")) {
                for (Element tr : child.children()) {
                    if (tr.normalName().equals("tr")) {
                        rows.add(tr);
                    }
                }
            }
        }
        return rows;
    }

    /** The text of a cell on one line: pieces in separate blocks are joined (CJK without a space). */
    static String cellText(Element cell) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    piece.append(text.getWholeText());
                } else if (node instanceof Element el && node != cell) {
                    String tag = el.normalName();
                    if (tag.equals("img")) {
                        endPiece(piece, pieces);
                        pieces.add(imageLine(el));
                    } else if (tag.equals("br") || BLOCK.contains(tag)) {
                        endPiece(piece, pieces);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el && node != cell && BLOCK.contains(el.normalName())) {
                    endPiece(piece, pieces);
                }
            }
        }, cell);
        endPiece(piece, pieces);
        String text = "";
        for (String p : pieces) {
            text = CellText.joinBlocks(text, p);
        }
        return text;
    }

    private static void endPiece(StringBuilder piece, List<String> pieces) {
        String text = CellText.normalize(piece);
        piece.setLength(0);
        if (!text.isEmpty()) {
            pieces.add(text);
        }
    }

    private static void flush(StringBuilder line, Lines lines) {
        lines.addNormalized(line);
        line.setLength(0);
    }

    /** The text being written: non-empty lines joined by line feeds. */
    private static final class Lines {
        private final StringBuilder out;
        /** lines written so far (a line may be empty: an image without a name) */
        private int count;

        Lines(int capacity) {
            out = new StringBuilder(capacity);
        }

        void add(String line) {
            if (count++ > 0) {
                out.append('\n');
            }
            out.append(line);
        }

        void addAll(List<String> lines) {
            for (String line : lines) {
                add(line);
            }
        }

        /** the line normalised by {@link CellText#normalize}, unless that leaves nothing */
        void addNormalized(CharSequence raw) {
            int mark = out.length();
            if (count > 0) {
                out.append('\n');
            }
            int start = out.length();
            CellText.normalizeInto(raw, out);
            if (out.length() == start) {
                out.setLength(mark); // nothing but spaces: no line
            } else {
                count++;
            }
        }

        String text() {
            return out.toString();
        }
    }

    /** {@code <img src="/x/0005.jpg">} → "/x/0005.jpg"; inline data → "[image] data:image/png". */
    static String imageLine(Element img) {
        String src = img.attr("src").trim();
        if (src.isEmpty()) {
            src = img.attr("data-src").trim();
        }
        if (src.startsWith("data:")) {
            int end = src.length();
            for (char stop : new char[] {';', ','}) {
                int at = src.indexOf(stop);
                if (at > 0) {
                    end = Math.min(end, at);
                }
            }
            return "[image] " + src.substring(0, Math.min(end, 64));
        }
        if (src.isEmpty()) {
            String alt = CellText.normalize(img.attr("alt"));
            return "[image]" + (alt.isEmpty() ? "" : " " + alt);
        }
        return CellText.normalize(src);
    }

}
