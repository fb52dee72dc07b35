package io.nianbao.parser.read;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
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

    /** How far up to look for the enclosing table of a table; deeper nesting than this is not a report. */
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
        Set<Element> layoutTables = layoutTables(doc);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
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
                String tag = el.normalName();
                if (SKIP.contains(tag)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("table") && !layoutTables.contains(el)) {
                    flush(line, lines);
                    lines.addAll(grid(el));
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("img")) {
                    flush(line, lines);
                    lines.add(imageLine(el));
                    return FilterResult.CONTINUE;
                }
                if (tag.equals("br") || BLOCK.contains(tag)) {
                    flush(line, lines);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element el && BLOCK.contains(el.normalName())) {
                    flush(line, lines);
                }
                return FilterResult.CONTINUE;
            }
        }, doc.body() == null ? doc : doc.body());
        flush(line, lines);
        return String.join("\n", lines);
    }

    /** Tables that contain other tables: each table marks the nearest table above it. */
    private static Set<Element> layoutTables(Document doc) {
        Set<Element> layout = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element table : doc.getElementsByTag("table")) {
            Element p = table.parent();
            for (int i = 0; p != null && i < MAX_TABLE_ANCESTRY; i++, p = p.parent()) {
                if (p.normalName().equals("table")) {
                    layout.add(p);
                    break;
                }
            }
        }
        return layout;
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

    private static void flush(StringBuilder line, List<String> lines) {
        String text = CellText.normalize(line);
        line.setLength(0);
        if (!text.isEmpty()) {
            lines.add(text);
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
