package io.nianbao.ocr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cells of a table cut out and laid on a white sheet, so that one tesseract call reads them all away from what
 * disturbs the reading. {@link Layout#STACKED}: every cell on its own line (labels wrapped over two lines are
 * read far better alone than beside their figures). {@link Layout#ROWS}: the chosen cells of each row side by
 * side as in the table, the rows one under the other (tesseract reads a lone "1" as noise, a row "16 11 0" well).
 * Each word read is mapped back to its cell by its place on the sheet.
 */
final class CellSheet {
    /** a cell of the grid: band (row) and cell index within the band */
    record Key(int band, int cell) {}

    /** SINGLE: one call per cell (slow; for the few figures no sheet reading settled) */
    enum Layout { STACKED, ROWS, SINGLE }

    /** a strip of the sheet: the source rectangle it copies and where it landed */
    private record Strip(List<Key> keys, int x0, int y0, int x1, int y1, int top) {}

    private static final int MARGIN = 30;

    private CellSheet() {}

    /**
     * @param enlarge  the sheet's scale
     * @param binarize whether to turn the crops into pure black and white first (another reading of faint print)
     * @return the text read per cell; a cell with no ink is absent
     */
    static Map<Key, CellText> read(Tesseract tesseract, Tesseract.Settings settings, PreparedImage image, List<Key> keys,
                                   Layout layout, double enlarge, boolean binarize) throws IOException, InterruptedException {
        if (layout == Layout.SINGLE) {
            Map<Key, CellText> all = new TreeMap<>((a, b) -> a.band() != b.band() ? a.band() - b.band() : a.cell() - b.cell());
            for (Key k : keys) {
                all.putAll(read(tesseract, settings, image, List.of(k), Layout.STACKED, enlarge, binarize));
            }
            return all;
        }
        Gray src = image.clean;
        int threshold = src.otsu();
        Map<Key, CellText> out = new TreeMap<>((a, b) -> a.band() != b.band() ? a.band() - b.band() : a.cell() - b.cell());
        List<Strip> strips = new ArrayList<>();
        int top = MARGIN;
        int width = 0;
        for (List<Key> group : groups(keys, layout)) {
            int[] box = null;
            for (Key k : group) {
                int[] b = inkBox(src, cellBox(image, k), threshold);
                if (b != null) {
                    CellText text = new CellText();
                    text.printed = src.tallestBlot(b, threshold) >= PreparedImage.TARGET_CHAR_PX / 3;
                    out.put(k, text);
                    box = box == null ? b : new int[] {Math.min(box[0], b[0]), Math.min(box[1], b[1]),
                            Math.max(box[2], b[2]), Math.max(box[3], b[3])};
                }
            }
            if (box == null) {
                continue;
            }
            strips.add(new Strip(group, box[0], box[1], box[2], box[3], top));
            top += box[3] - box[1] + MARGIN;
            width = Math.max(width, box[2] - box[0]);
        }
        if (strips.isEmpty()) {
            return out;
        }
        int sheetWidth = width + 2 * MARGIN;
        int[] v = new int[sheetWidth * top];
        java.util.Arrays.fill(v, 255);
        for (Strip s : strips) {
            for (int y = s.y0(); y < s.y1(); y++) {
                for (int x = s.x0(); x < s.x1(); x++) {
                    int p = src.at(x, y);
                    v[(s.top() + y - s.y0()) * sheetWidth + MARGIN + x - s.x0()] = binarize ? (p < threshold ? 0 : 255) : p;
                }
            }
        }
        Gray sheet = new Gray(sheetWidth, top, v);
        if (enlarge != 1.0) {
            sheet = sheet.transformed(0, enlarge);
        }
        for (OcrWord w : tesseract.words(sheet.toImage(), settings)) {
            OcrWord back = new OcrWord(w.text(), (int) (w.left() / enlarge), (int) (w.top() / enlarge),
                    (int) Math.ceil(w.width() / enlarge), (int) Math.ceil(w.height() / enlarge), w.confidence());
            for (Strip s : strips) {
                if (back.centerY() >= s.top() - MARGIN / 2 && back.centerY() < s.top() + s.y1() - s.y0() + MARGIN / 2) {
                    place(image, s, back, out);
                    break;
                }
            }
        }
        return out;
    }

    private static List<List<Key>> groups(List<Key> keys, Layout layout) {
        Map<Integer, List<Key>> groups = new LinkedHashMap<>();
        int n = 0;
        for (Key k : keys) {
            groups.computeIfAbsent(layout == Layout.ROWS ? k.band() : n++, g -> new ArrayList<>()).add(k);
        }
        return new ArrayList<>(groups.values());
    }

    /** Puts a word (in sheet pixels) into the cell of its strip under it; a word over two cells is cut between them. */
    private static void place(PreparedImage image, Strip s, OcrWord w, Map<Key, CellText> out) {
        int dx = s.x0() - MARGIN;
        int[] cps = w.text().codePoints().toArray();
        double perChar = (double) w.width() / cps.length;
        Map<Key, StringBuilder> parts = new LinkedHashMap<>();
        for (int i = 0; i < cps.length; i++) {
            int x = (int) (w.left() + (i + 0.5) * perChar) + dx;
            Key hit = null;
            for (Key k : s.keys()) {
                RuledGrid.Span span = image.grid.bands.get(k.band()).cells().get(k.cell());
                if (x >= span.from() - 3 && x < span.to() + 3) {
                    hit = k;
                    break;
                }
            }
            if (hit == null && s.keys().size() == 1) {
                hit = s.keys().get(0);
            }
            if (hit != null) {
                parts.computeIfAbsent(hit, k -> new StringBuilder()).appendCodePoint(cps[i]);
            }
        }
        parts.forEach((k, text) -> out.computeIfAbsent(k, x -> new CellText())
                .add(new OcrWord(text.toString(), w.left() + dx, w.top(), w.width(), w.height(), w.confidence())));
    }

    private static int[] cellBox(PreparedImage image, Key k) {
        RuledGrid.Band band = image.grid.bands.get(k.band());
        RuledGrid.Span x = band.cells().get(k.cell());
        return new int[] {x.from() + 2, band.y().from() + 2, x.to() - 2, image.grid.lastBandOf(k.band(), k.cell()).to() - 2};
    }

    /** The box of the ink inside a rectangle, with a few pixels of paper around it; null when there is no ink. */
    private static int[] inkBox(Gray g, int[] r, int threshold) {
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        int count = 0;
        for (int y = Math.max(0, r[1]); y < Math.min(g.height, r[3]); y++) {
            for (int x = Math.max(0, r[0]); x < Math.min(g.width, r[2]); x++) {
                if (g.at(x, y) < threshold) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                    count++;
                }
            }
        }
        if (count < 8) {
            return null; // a speck, not print
        }
        int pad = 6;
        return new int[] {Math.max(r[0], minX - pad), Math.max(r[1], minY - pad), Math.min(r[2], maxX + 1 + pad),
                Math.min(r[3], maxY + 1 + pad)};
    }
}
