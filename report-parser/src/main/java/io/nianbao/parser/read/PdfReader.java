package io.nianbao.parser.read;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * Reads a PDF's text layer with PDFBox from the glyph positions rather than from PDFBox's own text
 * output: glyphs are grouped into lines by their baseline, and on a line a gap of about a character
 * width or more ends a cell (TAB), so that table columns printed side by side ("1344 71 7 2") come out
 * as separate cells. A page without text but with images (a scan) yields one line per image, so its
 * tables are recognised as image-only rather than missing.
 */
final class PdfReader {

    static final String NOTE_SCANNED = ReadDocument.NOTE_NO_TEXT_LAYER;
    private static final int MAX_PAGES = 1000;
    /** A gap wider than this many em between two glyphs separates two cells. */
    private static final float CELL_GAP_EM = 0.9f;
    /** A gap wider than this many em (and narrower than a cell gap) is a space between words. */
    private static final float WORD_GAP_EM = 0.15f;

    private PdfReader() {
    }

    /** A PDF's text and where each page begins in it. */
    record PagedText(String text, List<Integer> pageStarts) {}

    static String read(byte[] content, List<String> notes) throws IOException {
        return readPaged(content, notes).text();
    }

    /** The text, and for page k (1-based) the offset of its first character at {@code pageStarts[k - 1]}. */
    static PagedText readPaged(byte[] content, List<String> notes) throws IOException {
        try (PDDocument doc = Loader.loadPDF(content)) {
            int pages = Math.min(doc.getNumberOfPages(), MAX_PAGES);
            if (doc.getNumberOfPages() > MAX_PAGES) {
                notes.add("PDF页数过多，只读取前" + MAX_PAGES + "页");
            }
            PositionCollector collector = new PositionCollector();
            List<String> lines = new ArrayList<>();
            int pagesWithText = 0;
            int scannedPages = 0;
            List<Integer> pageStarts = new ArrayList<>(pages);
            int length = 0; // of the lines so far joined by line breaks, plus the break after them
            for (int i = 1; i <= pages; i++) {
                pageStarts.add(length);
                List<String> pageLines = collector.linesOf(doc, i);
                if (pageLines.isEmpty()) {
                    pageLines = imagesOf(doc.getPage(i - 1), i);
                    scannedPages += pageLines.isEmpty() ? 0 : 1;
                } else {
                    pagesWithText++;
                }
                lines.addAll(pageLines);
                for (String line : pageLines) {
                    length += line.length() + 1;
                }
            }
            if (pagesWithText == 0 && scannedPages > 0) {
                notes.add(NOTE_SCANNED);
                lines.add(0, NOTE_SCANNED);
                pageStarts.replaceAll(start -> start + NOTE_SCANNED.length() + 1);
            } else if (scannedPages > 0) {
                notes.add("PDF有" + scannedPages + "页无文本层（图片）");
            } else if (pagesWithText == 0) {
                notes.add("PDF中没有文字");
            }
            return new PagedText(String.join("\n", lines), pageStarts);
        } catch (InvalidPasswordException e) {
            notes.add("PDF已加密，无法读取");
            return new PagedText("", List.of());
        }
    }

    /** "[image] p3-Im1.jpg" for every image drawn on the page (also inside form XObjects). */
    private static List<String> imagesOf(PDPage page, int pageNumber) {
        List<String> images = new ArrayList<>();
        Deque<PDResources> pending = new ArrayDeque<>();
        if (page.getResources() != null) {
            pending.add(page.getResources());
        }
        int visited = 0;
        while (!pending.isEmpty() && visited++ < 200) { // forms can refer to each other: bound the walk
            PDResources resources = pending.poll();
            for (COSName name : resources.getXObjectNames()) {
                try {
                    PDXObject x = resources.getXObject(name);
                    if (x instanceof PDImageXObject image) {
                        String suffix = image.getSuffix() == null ? "img" : image.getSuffix();
                        images.add("[image] p" + pageNumber + "-" + name.getName() + "." + suffix);
                    } else if (x instanceof PDFormXObject form && form.getResources() != null) {
                        pending.add(form.getResources());
                    }
                } catch (IOException | RuntimeException e) {
                    images.add("[image] p" + pageNumber + "-" + name.getName());
                }
            }
        }
        return images;
    }

    /** A line of a page (text, or an image drawn among text) at its distance from the top of the page. */
    record PlacedLine(float top, String line) {
    }

    /**
     * Collects the glyphs of one page and rebuilds its lines and cells. Images large enough to be a table
     * (not a logo or a rule) are kept as lines at their place, so a table published as a picture below
     * its heading is seen as one.
     */
    private static final class PositionCollector extends PDFTextStripper {
        private static final float MIN_TABLE_IMAGE_WIDTH = 150;
        private static final float MIN_TABLE_IMAGE_HEIGHT = 60;
        private final List<TextPosition> glyphs = new ArrayList<>();
        private final List<PlacedLine> images = new ArrayList<>();
        private int pageNumber;

        PositionCollector() {
            setSortByPosition(true);
        }

        List<String> linesOf(PDDocument doc, int page) throws IOException {
            glyphs.clear();
            images.clear();
            pageNumber = page;
            setStartPage(page);
            setEndPage(page);
            writeText(doc, new StringWriter());
            if (glyphs.isEmpty()) {
                return List.of();
            }
            return buildLines(new ArrayList<>(glyphs), new ArrayList<>(images));
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if ("Do".equals(operator.getName()) && !operands.isEmpty() && operands.get(0) instanceof COSName name
                    && getResources() != null && getCurrentPage() != null) {
                try {
                    if (getResources().getXObject(name) instanceof PDImageXObject image) {
                        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
                        float width = Math.abs(ctm.getScalingFactorX());
                        float height = Math.abs(ctm.getScalingFactorY());
                        if (width >= MIN_TABLE_IMAGE_WIDTH && height >= MIN_TABLE_IMAGE_HEIGHT) {
                            float pageTop = getCurrentPage().getCropBox().getUpperRightY();
                            String suffix = image.getSuffix() == null ? "img" : image.getSuffix();
                            images.add(new PlacedLine(pageTop - (ctm.getTranslateY() + height),
                                    "[image] p" + pageNumber + "-" + name.getName() + "." + suffix));
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    // an unreadable image is no reason to lose the page's text
                }
            }
            super.processOperator(operator, operands);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            String u = text.getUnicode();
            if (u != null && !u.isEmpty()) {
                glyphs.add(text);
            }
        }
    }

    static List<String> buildLines(List<TextPosition> glyphs, List<PlacedLine> images) {
        glyphs.sort(Comparator.comparingDouble(TextPosition::getYDirAdj).thenComparingDouble(TextPosition::getXDirAdj));
        List<List<TextPosition>> rows = new ArrayList<>();
        List<TextPosition> row = null;
        float rowY = 0;
        for (TextPosition g : glyphs) {
            float tolerance = Math.max(2f, em(g) * 0.5f);
            if (row == null || Math.abs(g.getYDirAdj() - rowY) > tolerance) {
                row = new ArrayList<>();
                rows.add(row);
                rowY = g.getYDirAdj();
            }
            row.add(g);
        }
        List<List<PdfColumns.PdfCell>> cells = new ArrayList<>();
        List<Float> tops = new ArrayList<>();
        for (List<TextPosition> r : rows) {
            List<PdfColumns.PdfCell> line = cellsOf(r);
            if (!line.isEmpty()) {
                cells.add(line);
                tops.add(r.get(0).getYDirAdj());
            }
        }
        List<String> texts = PdfColumns.align(cells);
        List<PlacedLine> items = new ArrayList<>(images);
        for (int i = 0; i < texts.size(); i++) {
            items.add(new PlacedLine(tops.get(i), texts.get(i)));
        }
        items.sort(Comparator.comparingDouble(PlacedLine::top)); // stable: text keeps its order
        List<String> lines = new ArrayList<>();
        items.forEach(item -> lines.add(item.line()));
        return lines;
    }

    /** The cells of a line: glyphs separated by a gap of about a character or more start a new cell. */
    private static List<PdfColumns.PdfCell> cellsOf(List<TextPosition> row) {
        row.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
        List<PdfColumns.PdfCell> cells = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        TextPosition prev = null;
        float start = 0;
        for (TextPosition g : row) {
            String u = g.getUnicode();
            if (u.isBlank()) {
                continue; // spaces are judged by the gap they leave between visible glyphs
            }
            if (prev != null) {
                float gap = g.getXDirAdj() - (prev.getXDirAdj() + prev.getWidthDirAdj());
                float em = Math.max(em(prev), em(g));
                if (gap > CELL_GAP_EM * em) {
                    cells.add(new PdfColumns.PdfCell(sb.toString(), start, prev.getXDirAdj() + prev.getWidthDirAdj()));
                    sb.setLength(0);
                } else if (gap > WORD_GAP_EM * em) {
                    sb.append(' ');
                }
            }
            if (sb.length() == 0) {
                start = g.getXDirAdj();
            }
            sb.append(u);
            prev = g;
        }
        if (prev != null) {
            cells.add(new PdfColumns.PdfCell(sb.toString(), start, prev.getXDirAdj() + prev.getWidthDirAdj()));
        }
        return cells;
    }

    /** The glyph's em: its font size on the page, at least its own width and height. */
    private static float em(TextPosition g) {
        float size = g.getFontSizeInPt();
        return Math.max(size, Math.max(g.getWidthDirAdj(), g.getHeightDir()));
    }
}
