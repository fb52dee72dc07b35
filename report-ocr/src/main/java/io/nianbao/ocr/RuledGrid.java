package io.nianbao.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * The ruling of a table picture: the horizontal lines that cut it into rows (bands), and in every band the
 * vertical lines that cut it into cells. A merged cell is simply a band segment without a line inside it, and
 * a cell merged over rows is cut by no horizontal line inside it (its text lands in one band, the others stay
 * empty — the grid layout the text readers give an HTML table).
 */
final class RuledGrid {

    record Span(int from, int to) {
        int size() {
            return to - from;
        }

        int center() {
            return (from + to) / 2;
        }
    }

    /** a row of the table: its vertical extent and the cells in it, left to right */
    record Band(Span y, List<Span> cells) {}

    final List<Band> bands;
    /** every pixel that belongs to a rule (to be whitened before the text is read) */
    final boolean[] rule;
    /** per band and cell: how many bands the cell covers (a cell merged over rows), 0 for a cell it covers */
    private final int[][] rowSpans;

    private RuledGrid(List<Band> bands, boolean[] rule, int[][] rowSpans) {
        this.bands = bands;
        this.rule = rule;
        this.rowSpans = rowSpans;
    }

    /** how many bands the cell spans down (1 for a plain cell), 0 when a cell above covers it */
    int rowSpan(int band, int cell) {
        return rowSpans[band][cell];
    }

    /** The last band a cell covers. */
    Span lastBandOf(int band, int cell) {
        return bands.get(band + Math.max(1, rowSpans[band][cell]) - 1).y();
    }

    /** The grid, or null when the picture has fewer than two ruled rows (not a ruled table). */
    static RuledGrid find(boolean[] ink, int w, int h) {
        int minRun = Math.max(20, Math.min(w, h) / 25);
        boolean[] horizontal = runs(ink, w, h, minRun, true);
        int[] perRow = new int[h];
        int widest = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (horizontal[y * w + x]) {
                    perRow[y]++;
                }
            }
            widest = Math.max(widest, perRow[y]);
        }
        if (widest < w / 5) {
            return null;
        }
        List<Span> lines = new ArrayList<>();
        int start = -1;
        for (int y = 0; y <= h; y++) {
            boolean line = y < h && perRow[y] >= widest * 0.3;
            if (line && start < 0) {
                start = y;
            } else if (!line && start >= 0) {
                lines.add(new Span(start, y));
                start = -1;
            }
        }
        boolean[] rule = new boolean[w * h];
        for (Span l : lines) {
            for (int y = l.from(); y < l.to(); y++) {
                for (int x = 0; x < w; x++) {
                    if (horizontal[y * w + x]) {
                        rule[y * w + x] = true;
                    }
                }
            }
        }
        List<Band> bands = new ArrayList<>();
        List<Span> below = new ArrayList<>(); // the rule under each band
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            Span band = new Span(lines.get(i).to(), lines.get(i + 1).from());
            if (band.size() >= 6) {
                spans.add(band);
                below.add(lines.get(i + 1));
            }
        }
        // a hole in a vertical rule up to an eighth of a one-line row (a quarter of a character) is bridged; the
        // gap between the strokes of two lines of a wrapped label is wider
        int maxGap = Math.max(2, medianSize(spans) / 8);
        for (Span band : spans) {
            bands.add(new Band(band, cellsOf(ink, w, band, rule, maxGap)));
        }
        return bands.size() < 1 ? null : new RuledGrid(bands, rule, rowSpans(bands, below, horizontal, w));
    }

    private static int medianSize(List<Span> spans) {
        if (spans.isEmpty()) {
            return 0;
        }
        List<Integer> sizes = new ArrayList<>();
        spans.forEach(s -> sizes.add(s.size()));
        sizes.sort(null);
        return sizes.get(sizes.size() / 2);
    }

    /**
     * A cell continues into the band under it when that band has a cell at the same place and no rule separates
     * them there (a label merged over rows, as 三、本年度办理结果).
     */
    private static int[][] rowSpans(List<Band> bands, List<Span> below, boolean[] horizontal, int w) {
        int[][] spans = new int[bands.size()][];
        for (int b = 0; b < bands.size(); b++) {
            spans[b] = new int[bands.get(b).cells().size()];
            java.util.Arrays.fill(spans[b], 1);
        }
        for (int b = 0; b < bands.size(); b++) {
            for (int c = 0; c < spans[b].length; c++) {
                if (spans[b][c] == 0) {
                    continue;
                }
                Span cell = bands.get(b).cells().get(c);
                int next = b + 1;
                while (next < bands.size() && !ruled(below.get(next - 1), cell, horizontal, w)) {
                    int same = sameCell(bands.get(next), cell);
                    if (same < 0) {
                        break;
                    }
                    spans[next][same] = 0;
                    spans[b][c]++;
                    next++;
                }
            }
        }
        return spans;
    }

    private static boolean ruled(Span line, Span cell, boolean[] horizontal, int w) {
        int hits = 0;
        int width = 0;
        for (int x = cell.from() + 3; x < cell.to() - 3; x++) {
            width++;
            for (int y = line.from(); y < line.to(); y++) {
                if (horizontal[y * w + x]) {
                    hits++;
                    break;
                }
            }
        }
        return width == 0 || hits * 2 >= width;
    }

    private static int sameCell(Band band, Span cell) {
        for (int i = 0; i < band.cells().size(); i++) {
            Span s = band.cells().get(i);
            if (Math.abs(s.from() - cell.from()) <= 4 && Math.abs(s.to() - cell.to()) <= 4) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Vertical rules of a band: columns that are ink over most of the band's height, counting a short gap
     * between ink as ink (a speck on a rule, enlarged, leaves a hole of several pixels; strokes of characters on
     * two lines are further apart, and one stroke is too short even with specks around it).
     */
    private static List<Span> cellsOf(boolean[] ink, int w, Span band, boolean[] rule, int maxGap) {
        int inner = Math.max(1, band.size() / 8);
        int y0 = band.from() + inner;
        int y1 = band.to() - inner;
        List<Span> lines = new ArrayList<>();
        int start = -1;
        for (int x = 0; x <= w; x++) {
            boolean line = false;
            if (x < w) {
                int count = 0;
                int bridged = 0;
                int lastInk = -1;
                for (int y = y0; y < y1; y++) {
                    if (ink[y * w + x]) {
                        count++;
                        bridged += lastInk >= 0 && y - lastInk - 1 <= maxGap ? y - lastInk : 1;
                        lastInk = y;
                    }
                }
                // most of it ink even unbridged: a stroke of a character with specks above and below is not a rule
                line = bridged >= (y1 - y0) * 0.9 && count >= (y1 - y0) * 0.8;
            }
            if (line && start < 0) {
                start = x;
            } else if (!line && start >= 0) {
                lines.add(new Span(start, x));
                start = -1;
            }
        }
        List<Span> cells = new ArrayList<>();
        for (Span l : lines) {
            if (l.size() > Math.max(6, band.size())) {
                continue; // a solid block, not a rule
            }
            for (int y = Math.max(0, band.from() - 2); y < Math.min(rule.length / w, band.to() + 2); y++) {
                for (int x = l.from(); x < l.to(); x++) {
                    rule[y * w + x] = true;
                }
            }
        }
        for (int i = 0; i + 1 < lines.size(); i++) {
            Span cell = new Span(lines.get(i).to(), lines.get(i + 1).from());
            if (cell.size() >= 4) {
                cells.add(cell);
            }
        }
        return cells;
    }

    /**
     * Pixels in runs of ink at least {@code min} long, along rows (horizontal) or columns. A run goes on over a
     * gap of a few pixels: a speck of dust or a lighter pixel of a scanned rule must not cut it into pieces
     * shorter than a cell.
     */
    private static boolean[] runs(boolean[] ink, int w, int h, int min, boolean horizontal) {
        int maxGap = Math.max(2, min / 16);
        boolean[] out = new boolean[w * h];
        int outer = horizontal ? h : w;
        int inner = horizontal ? w : h;
        for (int o = 0; o < outer; o++) {
            int start = -1;
            int lastInk = -1;
            for (int i = 0; i <= inner; i++) {
                boolean dark = i < inner && ink[horizontal ? o * w + i : i * w + o];
                if (dark) {
                    if (start < 0) {
                        start = i;
                    }
                    lastInk = i;
                } else if (start >= 0 && (i == inner || i - lastInk > maxGap)) {
                    if (lastInk + 1 - start >= min) {
                        for (int k = start; k <= lastInk; k++) {
                            out[horizontal ? o * w + k : k * w + o] = true;
                        }
                    }
                    start = -1;
                }
            }
        }
        return out;
    }
}
