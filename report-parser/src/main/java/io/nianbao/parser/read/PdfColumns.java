package io.nianbao.parser.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Aligns the cells of consecutive PDF lines into table columns. A PDF has no table structure, only text
 * at positions: on each line, cells are found by wide gaps, but a blank cell leaves just a wider gap, so
 * the cells after it would shift left. Within a run of lines that have several cells (a table), the
 * columns are the x ranges covered by the cells of the fullest lines, completed by the cells of other
 * lines that stand where a column is missing; every cell is then put in the column it overlaps, blank
 * positions become empty strings, and a cell spanning several columns (a merged header) takes the first
 * of them, as the {@link ReadDocument} contract asks. Known limit: a header centred over blank columns
 * can still be taken for a column of its own.
 */
final class PdfColumns {

    /** A cell of a PDF line and its horizontal extent on the page. */
    record PdfCell(String text, float x0, float x1) {
    }

    private record Range(float x0, float x1) {
        float center() {
            return (x0 + x1) / 2;
        }

        boolean overlaps(PdfCell c) {
            return c.x0() < x1 + TOLERANCE && c.x1() > x0 - TOLERANCE;
        }
    }

    private static final float TOLERANCE = 1f;

    private PdfColumns() {
    }

    /** One line of text per input line: TAB-separated cells, aligned to columns inside tables. */
    static List<String> align(List<List<PdfCell>> lines) {
        List<String> out = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).size() < 2) {
                out.add(plain(lines.get(i)));
                i++;
                continue;
            }
            int end = i;
            while (end < lines.size() && lines.get(end).size() >= 2) {
                end++;
            }
            out.addAll(alignBlock(lines.subList(i, end)));
            i = end;
        }
        return out;
    }

    private static List<String> alignBlock(List<List<PdfCell>> block) {
        List<Range> columns = columns(block);
        List<String> out = new ArrayList<>(block.size());
        for (List<PdfCell> line : block) {
            String[] grid = place(line, columns);
            out.add(grid == null ? plain(line) : String.join("\t", grid)); // a line that does not fit stays as read
        }
        return out;
    }

    /**
     * The lines with the most cells define the columns: they are the least likely to hold a cell that
     * spans several columns (a merged label) and would join two columns into one. A column left blank on
     * those lines is then taken from the other lines (a header above a blank column): a cell there that
     * overlaps no column yet adds one; a cell that overlaps one or more is already accounted for.
     */
    private static List<Range> columns(List<List<PdfCell>> block) {
        int most = block.stream().mapToInt(List::size).max().orElse(0);
        List<PdfCell> cells = new ArrayList<>();
        for (List<PdfCell> line : block) {
            if (line.size() == most) {
                cells.addAll(line);
            }
        }
        cells.sort(Comparator.comparingDouble(PdfCell::x0));
        List<Range> columns = new ArrayList<>();
        for (PdfCell c : cells) {
            Range last = columns.isEmpty() ? null : columns.get(columns.size() - 1);
            if (last != null && c.x0() < last.x1() + TOLERANCE) {
                columns.set(columns.size() - 1, new Range(last.x0(), Math.max(last.x1(), c.x1())));
            } else {
                columns.add(new Range(c.x0(), c.x1()));
            }
        }
        float pitch = medianPitch(columns);
        List<List<PdfCell>> others = new ArrayList<>(block.stream().filter(l -> l.size() < most).toList());
        others.sort(Comparator.comparingInt(l -> -l.size()));
        for (List<PdfCell> line : others) {
            List<Range> added = new ArrayList<>();
            for (PdfCell c : line) {
                if (columns.stream().noneMatch(r -> r.overlaps(c)) && added.stream().noneMatch(r -> r.overlaps(c))
                        && roomForAColumn(columns, c, pitch)) {
                    added.add(new Range(c.x0(), c.x1()));
                }
            }
            columns.addAll(added);
            columns.sort(Comparator.comparingDouble(Range::x0));
        }
        return columns;
    }

    /** The usual distance between the centres of neighbouring columns. */
    private static float medianPitch(List<Range> columns) {
        if (columns.size() < 2) {
            return 0;
        }
        float[] d = new float[columns.size() - 1];
        for (int i = 1; i < columns.size(); i++) {
            d[i - 1] = columns.get(i).center() - columns.get(i - 1).center();
        }
        java.util.Arrays.sort(d);
        return d[d.length / 2];
    }

    /**
     * A cell between two columns is a column of its own only where a column is missing: its neighbours
     * stand about two column widths apart. A header centred over several columns usually sits in the
     * ordinary gap between two of them and must not add one.
     */
    private static boolean roomForAColumn(List<Range> columns, PdfCell c, float pitch) {
        if (pitch <= 0) {
            return true;
        }
        float center = (c.x0() + c.x1()) / 2;
        Range left = null;
        Range right = null;
        for (Range r : columns) {
            if (r.x1() <= c.x0()) {
                left = r;
            } else if (r.x0() >= c.x1() && right == null) {
                right = r;
            }
        }
        boolean farFromLeft = left == null || center - left.center() >= 0.6f * pitch;
        boolean farFromRight = right == null || right.center() - center >= 0.6f * pitch;
        return farFromLeft && farFromRight;
    }

    /** The line's cells in their columns, or null when a cell finds no free column. */
    private static String[] place(List<PdfCell> line, List<Range> columns) {
        String[] grid = new String[columns.size()];
        java.util.Arrays.fill(grid, "");
        int next = 0;
        for (PdfCell cell : line) {
            int col = -1;
            for (int k = next; k < columns.size(); k++) {
                if (columns.get(k).overlaps(cell)) {
                    col = k;
                    break;
                }
            }
            if (col < 0) {
                col = nearest(cell, columns, next);
            }
            if (col < 0) {
                return null;
            }
            grid[col] = cell.text();
            next = col + 1;
        }
        return grid;
    }

    /** The first free column right of the cell's start, for a cell in a gap between columns. */
    private static int nearest(PdfCell cell, List<Range> columns, int from) {
        for (int k = from; k < columns.size(); k++) {
            if (columns.get(k).x0() >= cell.x0()) {
                return k;
            }
        }
        return -1;
    }

    private static String plain(List<PdfCell> line) {
        StringBuilder sb = new StringBuilder();
        for (PdfCell c : line) {
            if (sb.length() > 0) {
                sb.append('\t');
            }
            sb.append(c.text());
        }
        return sb.toString();
    }
}
