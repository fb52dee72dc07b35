package io.nianbao.parser.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** Draws a {@link SeedRendering} as a PDF (columns positioned by text width) or as a DOCX (w:tbl grids). */
final class SeedDocuments {

    private static final float MARGIN = 30;
    private static final float CELL_FONT = 7;
    private static final float TEXT_FONT = 10;
    private static final float COLUMN_GAP = 12;

    private SeedDocuments() {
    }

    static byte[] pdf(List<SeedRendering.Block> blocks, Path fontFile) throws IOException {
        return pdf(blocks, fontFile, false);
    }

    /**
     * @param centered cells centered in their column (numbers) or over the empty positions after them
     *                 (a merged header), as most published tables are; otherwise left-aligned
     */
    static byte[] pdf(List<SeedRendering.Block> blocks, Path fontFile, boolean centered) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont font = PdfFixtures.loadCjkFont(doc, fontFile);
            PDRectangle landscape = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            Pager pager = new Pager(doc, landscape);
            for (SeedRendering.Block block : blocks) {
                if (block.table() == null) {
                    for (String line : wrap(block.paragraph(), font, landscape.getWidth() - 2 * MARGIN)) {
                        pager.line(TEXT_FONT * 1.8f);
                        PdfFixtures.text(pager.stream, font, TEXT_FONT, MARGIN, pager.y, line);
                    }
                    continue;
                }
                float[] x = columnStarts(block.table(), font);
                for (List<String> row : block.table()) {
                    pager.line(CELL_FONT * 2f);
                    for (int c = 0; c < row.size(); c++) {
                        String text = row.get(c);
                        if (text.isEmpty()) {
                            continue;
                        }
                        float at = x[c];
                        if (centered) {
                            int end = c + 1;
                            while (!isNumber(text) && end < row.size() && row.get(end).isEmpty()) {
                                end++;
                            }
                            float right = end < x.length ? x[end] - COLUMN_GAP : x[x.length - 1] + 60;
                            at = Math.max(x[c], x[c] + (right - x[c] - textWidth(font, text)) / 2);
                        }
                        PdfFixtures.text(pager.stream, font, CELL_FONT, at, pager.y, text);
                    }
                }
            }
            pager.close();
            return PdfFixtures.save(doc);
        }
    }

    /**
     * Column positions wide enough for every cell: a cell bounded by a filled cell on its right must fit its
     * column, a cell followed by empty positions may run over them (as a merged cell would).
     */
    private static float[] columnStarts(List<List<String>> grid, PDFont font) throws IOException {
        int width = grid.stream().mapToInt(List::size).max().orElse(0);
        float[] w = new float[width];
        java.util.Arrays.fill(w, 20);
        for (List<String> row : grid) {
            for (int c = 0; c < row.size(); c++) {
                int end = c + 1;
                while (end < row.size() && row.get(end).isEmpty()) {
                    end++;
                }
                if (end == c + 1 || end == row.size() && c + 1 == row.size()) {
                    w[c] = Math.max(w[c], textWidth(font, row.get(c)));
                }
            }
        }
        for (List<String> row : grid) { // overflowing cells: widen the last position they cover
            for (int c = 0; c < row.size(); c++) {
                if (row.get(c).isEmpty()) {
                    continue;
                }
                int end = c + 1;
                while (end < row.size() && row.get(end).isEmpty()) {
                    end++;
                }
                float room = -COLUMN_GAP;
                for (int k = c; k < end; k++) {
                    room += w[k] + COLUMN_GAP;
                }
                float need = textWidth(font, row.get(c));
                if (need > room) {
                    w[end - 1] += need - room;
                }
            }
        }
        float[] x = new float[width];
        float at = MARGIN;
        for (int c = 0; c < width; c++) {
            x[c] = at;
            at += w[c] + COLUMN_GAP;
        }
        return x;
    }

    /** A paragraph hard-wrapped to the page width, as a PDF prints it. */
    private static List<String> wrap(String text, PDFont font, float width) throws IOException {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            line.append(text.charAt(i));
            if (font.getStringWidth(line.toString()) / 1000f * TEXT_FONT > width) {
                line.setLength(line.length() - 1);
                lines.add(line.toString());
                line.setLength(0);
                line.append(text.charAt(i));
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static float textWidth(PDFont font, String text) throws IOException {
        return font.getStringWidth(text) / 1000f * CELL_FONT;
    }

    /** Keeps a content stream open on the current page and starts a new page at the bottom margin. */
    private static final class Pager {
        private final PDDocument doc;
        private final PDRectangle size;
        PDPageContentStream stream;
        float y;

        Pager(PDDocument doc, PDRectangle size) throws IOException {
            this.doc = doc;
            this.size = size;
            newPage();
        }

        void line(float height) throws IOException {
            y -= height;
            if (y < MARGIN) {
                stream.close();
                newPage();
                y -= height;
            }
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(size);
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page);
            y = size.getHeight() - MARGIN;
        }

        void close() throws IOException {
            stream.close();
        }
    }

    /** Label columns merge vertically (w:vMerge) where a label position is empty below a label. */
    static byte[] docx(List<SeedRendering.Block> blocks) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (SeedRendering.Block block : blocks) {
                if (block.table() == null) {
                    doc.createParagraph().createRun().setText(block.paragraph());
                    continue;
                }
                List<List<String>> grid = block.table();
                int width = grid.stream().mapToInt(List::size).max().orElse(0);
                XWPFTable table = doc.createTable(grid.size(), width);
                for (int r = 0; r < grid.size(); r++) {
                    for (int c = 0; c < width; c++) {
                        String text = c < grid.get(r).size() ? grid.get(r).get(c) : "";
                        XWPFTableCell cell = table.getRow(r).getCell(c);
                        if (mergesDown(grid, r, c, block.labelColumns())) {
                            CTTcPr above = tcPr(table.getRow(r - 1).getCell(c));
                            if (!above.isSetVMerge()) {
                                above.addNewVMerge().setVal(STMerge.RESTART);
                            }
                            tcPr(cell).addNewVMerge(); // no value: continues the merge above
                        }
                        cell.setText(text);
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** An empty label position inside a group (nothing to its left) continues the label above. */
    private static boolean mergesDown(List<List<String>> grid, int r, int c, int labelColumns) {
        if (c >= labelColumns || r == 0 || !isBodyRow(grid.get(r)) || !isBodyRow(grid.get(r - 1))) {
            return false;
        }
        for (int k = 0; k <= c; k++) {
            if (!grid.get(r).get(k).isEmpty()) {
                return false;
            }
        }
        for (int up = r - 1; up >= 0 && isBodyRow(grid.get(up)); up--) {
            if (!grid.get(up).get(c).isEmpty()) {
                return true;
            }
            for (int k = 0; k < c; k++) {
                if (!grid.get(up).get(k).isEmpty()) {
                    return false;
                }
            }
        }
        return false;
    }

    private static boolean isNumber(String text) {
        return text.matches("[-+]?[0-9０-９.,]+(万元)?");
    }

    /** A row with numbers (not a header row): only there do label columns merge. */
    private static boolean isBodyRow(List<String> row) {
        return row.stream().anyMatch(c -> c.matches("-?[0-9.]+"));
    }

    private static CTTcPr tcPr(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }
}
