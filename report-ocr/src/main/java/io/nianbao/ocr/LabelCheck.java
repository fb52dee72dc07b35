package io.nianbao.ocr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.nianbao.parser.image.ImageTable;

/**
 * Reads again, in black and white and larger, the labels that match none of the template's words (small print
 * is often read as look-alike characters: "袖范二文仁" for 规范性文件), and takes the new reading when it
 * does match one.
 */
final class LabelCheck {
    static final Tesseract.Settings TEXT_AGAIN = new Tesseract.Settings("chi_sim", 6, null);

    private LabelCheck() {}

    static List<List<ImageTable.ImageCell>> check(Tesseract tesseract, PreparedImage image, List<List<ImageTable.ImageCell>> rows)
            throws IOException, InterruptedException {
        List<CellSheet.Key> doubtful = new ArrayList<>();
        for (int b = 0; b < rows.size(); b++) {
            for (int c = 0; c < rows.get(b).size(); c++) {
                String text = rows.get(b).get(c).text();
                long han = text.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
                if (han >= 2 && !TemplateLabels.ALL.contains(text) && image.grid.rowSpan(b, c) > 0) {
                    doubtful.add(new CellSheet.Key(b, c));
                }
            }
        }
        if (doubtful.isEmpty()) {
            return byOrder(copy(rows));
        }
        Map<CellSheet.Key, CellText> again = CellSheet.read(tesseract, TEXT_AGAIN, image, doubtful, CellSheet.Layout.STACKED, 1.4, true);
        List<List<ImageTable.ImageCell>> out = copy(rows);
        for (CellSheet.Key k : doubtful) {
            CellText t = again.get(k);
            if (t == null) {
                continue;
            }
            String corrected = TemplateLabels.correct(t.text());
            if (TemplateLabels.ALL.contains(corrected)) {
                out.get(k.band()).set(k.cell(), new ImageTable.ImageCell(corrected, t.confidence(), false));
            }
        }
        return byOrder(out);
    }

    private static List<List<ImageTable.ImageCell>> copy(List<List<ImageTable.ImageCell>> rows) {
        List<List<ImageTable.ImageCell>> out = new ArrayList<>();
        for (List<ImageTable.ImageCell> row : rows) {
            out.add(new ArrayList<>(row));
        }
        return out;
    }

    /** A row label still unread takes the template's label for its place among the rows read around it. */
    private static List<List<ImageTable.ImageCell>> byOrder(List<List<ImageTable.ImageCell>> rows) {
        List<int[]> labelCells = new ArrayList<>(); // band, cell
        List<String> labels = new ArrayList<>();
        for (int b = 0; b < rows.size(); b++) {
            List<ImageTable.ImageCell> row = rows.get(b);
            int first = -1;
            for (int c = 0; c < row.size() && first < 0; c++) {
                if (Figure.parse(row.get(c).text()) != null) {
                    first = c;
                }
            }
            for (int c = first - 1; c >= 0; c--) {
                if (!row.get(c).text().isEmpty()) {
                    labelCells.add(new int[] {b, c});
                    labels.add(row.get(c).text());
                    break;
                }
            }
        }
        for (int i = 0; i < labels.size(); i++) {
            if (TemplateLabels.ALL.contains(labels.get(i))) {
                continue;
            }
            String label = TemplateLabels.byOrder(labels, i);
            if (label != null) {
                int[] at = labelCells.get(i);
                ImageTable.ImageCell cell = rows.get(at[0]).get(at[1]);
                rows.get(at[0]).set(at[1], cell.text(label));
            }
        }
        return rows;
    }
}
