package io.nianbao.ocr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.nianbao.parser.image.ImageTable;

/**
 * Decides the figures of a table picture. The Chinese reading gives the labels and tells which cells hold
 * figures; those cells are read again digits-only. A row whose figures must add up (a Table 3 row: six
 * applicant columns and their 总计; a Table 4 row: three groups of four results and their 总计) and does not
 * is read a third time with other settings, and the combination of readings that adds up is taken. A figure
 * with no sum to check it (Table 2) is read again until two readings agree, and the figure most readings (then
 * the surest ones) gave is taken. A cell that holds print is never taken as blank because no reading made a
 * figure of it. A figure is <em>confirmed</em> when its row adds up or when two readings gave the same digits; the
 * rules treat an unconfirmed figure that breaks the arithmetic as an unreadable cell rather than an error of the
 * report.
 */
final class FigureCheck {
    static final Tesseract.Settings DIGITS = new Tesseract.Settings("eng", 6, "0123456789.-");
    static final Tesseract.Settings DIGITS_AGAIN = new Tesseract.Settings("eng", 4, "0123456789.-");
    static final Tesseract.Settings DIGITS_LINE = new Tesseract.Settings("eng", 7, "0123456789.-");
    /**
     * the Chinese model held to digits: it knows the CJK fonts' figures, where the English one takes a thin
     * leading 7 for a 1 (707 → 107) — an independent second opinion, not a copy of the first one's slips
     */
    static final Tesseract.Settings DIGITS_ZH = new Tesseract.Settings("chi_sim", 6, "0123456789.-");
    /** cells read one by one at most, per table (each is a tesseract process) */
    private static final int MAX_SINGLE = 10;
    private static final int MAX_COMBINATIONS = 4096;

    private final Tesseract tesseract;
    private final PreparedImage image;

    FigureCheck(Tesseract tesseract, PreparedImage image) {
        this.tesseract = tesseract;
        this.image = image;
    }

    private static final class Reading {
        final String text;
        final String sign;
        final double confidence;
        /** the cell holds print: a blank reading of it is a figure missed, not an empty cell */
        final boolean printed;
        /** each figure read, with how many readings gave it (the Chinese reading's lookalike counts too) */
        final Map<String, Integer> votes = new LinkedHashMap<>();
        /** per figure, the summed confidence of the readings that gave it */
        final Map<String, Double> weights = new LinkedHashMap<>();
        String chosen;
        boolean confirmed;

        Reading(String text, String sign, double confidence, boolean printed) {
            this.text = text;
            this.sign = sign;
            this.confidence = confidence;
            this.printed = printed;
        }

        void vote(String figure, double confidence) {
            if (figure != null) {
                votes.merge(figure, 1, Integer::sum);
                weights.merge(figure, Math.max(0, confidence), Double::sum);
            }
        }

        /** the figure most readings gave; on a tie the one read with more confidence, then the one chosen so far */
        String favourite() {
            String best = chosen;
            int bestVotes = chosen == null ? 0 : votes.getOrDefault(chosen, 0);
            double bestWeight = chosen == null ? 0 : weights.getOrDefault(chosen, 0.0);
            for (Map.Entry<String, Integer> e : votes.entrySet()) {
                double weight = weights.get(e.getKey());
                if (e.getValue() > bestVotes || (e.getValue() == bestVotes && weight > bestWeight + 1e-9)) {
                    best = e.getKey();
                    bestVotes = e.getValue();
                    bestWeight = weight;
                }
            }
            return best;
        }

        boolean twoAgree() {
            return chosen != null && votes.getOrDefault(chosen, 0) >= 2;
        }
    }

    /** the re-readings of figures in doubt, in turn: the Chinese model; other segmentation, enlarged, black and white; then one by one */
    private record Reread(Tesseract.Settings settings, CellSheet.Layout layout, double enlarge, boolean binarize) {}

    private static final List<Reread> REREADS = List.of(
            new Reread(DIGITS_ZH, CellSheet.Layout.ROWS, 1.0, false),
            new Reread(DIGITS_AGAIN, CellSheet.Layout.ROWS, 1.5, true),
            new Reread(DIGITS_LINE, CellSheet.Layout.SINGLE, 1.5, false));

    List<List<ImageTable.ImageCell>> check(List<List<CellText>> cells) throws IOException, InterruptedException {
        Map<CellSheet.Key, Reading> figures = new LinkedHashMap<>();
        List<RuledGrid.Span> figureColumns = figureColumns(cells);
        for (int b = 0; b < cells.size(); b++) {
            for (int c = 0; c < cells.get(b).size(); c++) {
                CellText cell = cells.get(b).get(c);
                String text = cell.text();
                if (image.grid.rowSpan(b, c) != 1) {
                    continue; // merged over rows: a label, or covered by one
                }
                boolean shortText = text.codePointCount(0, text.length()) <= 3;
                if (looksLikeFigure(text) || (shortText && inFigureColumn(image.grid.bands.get(b).cells().get(c), figureColumns))
                        || (shortText && amongFigures(cells.get(b), c))) {
                    String sign = text.startsWith("增") ? "增" : text.startsWith("减") ? "减" : "";
                    Reading r = new Reading(text, sign, cell.confidence(), cell.printed);
                    r.vote(Figure.parse(Figure.digitsLookalike(text)), cell.confidence());
                    figures.put(new CellSheet.Key(b, c), r);
                }
            }
        }
        Map<CellSheet.Key, CellText> digits = CellSheet.read(tesseract, DIGITS, image, new ArrayList<>(figures.keySet()), CellSheet.Layout.ROWS, 1.0, false);
        figures.forEach((k, r) -> {
            CellText d = digits.get(k);
            String read = d == null ? null : Figure.parse(r.sign + d.text());
            r.vote(read, d == null ? 0 : d.confidence());
            r.chosen = read != null ? read : r.favourite();
        });

        List<List<CellSheet.Key>> sums = sumRows(cells, figures);
        Set<CellSheet.Key> inSums = new LinkedHashSet<>();
        sums.forEach(inSums::addAll);
        for (Reread reread : REREADS) {
            List<CellSheet.Key> doubtful = new ArrayList<>();
            for (List<CellSheet.Key> row : sums) {
                if (!settle(row, figures)) {
                    doubtful.addAll(row);
                }
            }
            figures.forEach((k, r) -> {
                if (!inSums.contains(k) && !r.twoAgree()) {
                    doubtful.add(k);
                }
            });
            if (doubtful.isEmpty()) {
                break;
            }
            List<CellSheet.Key> toRead = new ArrayList<>(new LinkedHashSet<>(doubtful));
            if (reread.layout() == CellSheet.Layout.SINGLE) {
                // one process per cell: the cells no two readings agree on first
                toRead.sort(java.util.Comparator.comparing(k -> figures.get(k).twoAgree()));
                toRead = toRead.subList(0, Math.min(MAX_SINGLE, toRead.size()));
            }
            Map<CellSheet.Key, CellText> again = CellSheet.read(tesseract, reread.settings(), image, toRead,
                    reread.layout(), reread.enlarge(), reread.binarize());
            for (CellSheet.Key k : toRead) {
                Reading r = figures.get(k);
                CellText t = again.get(k);
                r.vote(t == null ? null : Figure.parse(r.sign + t.text()), t == null ? 0 : t.confidence());
                if (!inSums.contains(k)) {
                    r.chosen = r.favourite();
                }
            }
        }
        for (List<CellSheet.Key> row : sums) {
            if (!settle(row, figures)) {
                row.forEach(k -> figures.get(k).chosen = figures.get(k).favourite());
            }
        }

        List<List<ImageTable.ImageCell>> out = new ArrayList<>();
        for (int b = 0; b < cells.size(); b++) {
            List<ImageTable.ImageCell> row = new ArrayList<>();
            for (int c = 0; c < cells.get(b).size(); c++) {
                Reading r = figures.get(new CellSheet.Key(b, c));
                CellText cell = cells.get(b).get(c);
                if (r == null) {
                    row.add(new ImageTable.ImageCell(TemplateLabels.correct(cell.text()), cell.confidence(), false));
                } else {
                    boolean confirmed = r.confirmed || r.twoAgree();
                    double confidence = confirmed ? Math.max(r.confidence, 0.9) : Math.min(r.confidence, 0.5);
                    row.add(new ImageTable.ImageCell(r.chosen == null ? r.text : r.chosen, confidence, confirmed));
                }
            }
            out.add(row);
        }
        return out;
    }

    /** where the cells that plainly hold figures are: a short reading there ("工", "了") is a misread 1 or 7 */
    private List<RuledGrid.Span> figureColumns(List<List<CellText>> cells) {
        List<RuledGrid.Span> spans = new ArrayList<>();
        for (int b = 0; b < cells.size(); b++) {
            for (int c = 0; c < cells.get(b).size(); c++) {
                String text = cells.get(b).get(c).text();
                if (!text.isEmpty() && looksLikeFigure(text)) {
                    spans.add(image.grid.bands.get(b).cells().get(c));
                }
            }
        }
        return spans;
    }

    /** in a row of figures (three or more), a short reading after the first figure is a misread figure too */
    private static boolean amongFigures(List<CellText> row, int index) {
        int first = -1;
        int count = 0;
        for (int i = 0; i < row.size(); i++) {
            String t = row.get(i).text();
            if (!t.isEmpty() && looksLikeFigure(t)) {
                count++;
                first = first < 0 ? i : first;
            }
        }
        // a single character before the first figure is a misread figure too ("工" for 1); labels are longer
        boolean single = row.get(index).text().codePointCount(0, row.get(index).text().length()) == 1;
        return count >= 3 && first >= 0 && (index > first || single);
    }

    private static boolean inFigureColumn(RuledGrid.Span cell, List<RuledGrid.Span> figureColumns) {
        int hits = 0;
        for (RuledGrid.Span s : figureColumns) {
            if (cell.center() >= s.from() && cell.center() < s.to() && s.center() >= cell.from() && s.center() < cell.to()) {
                hits++;
            }
        }
        return hits >= 2;
    }

    /** a cell the Chinese reading saw digits in, or ink it could not read (a lone 0 is often dropped) */
    private static boolean looksLikeFigure(String text) {
        if (text.isEmpty()) {
            return true;
        }
        // a speck beside a figure is read as a stop or a comma ("31.，")
        String t = Figure.digitsLookalike(text).replaceFirst("^(增|减)", "").replaceAll("^[.,，。、·:：;；'‘’]+|[.,，。、·:：;；'‘’]+$", "");
        long han = t.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
        long digits = t.chars().filter(Character::isDigit).count();
        if (t.isEmpty() || t.length() > 14 || han > 1 || (han == 1 && digits < 2)) {
            return false; // one CJK character among digits is a misread digit ("上7090.91", "7了71"); labels have more
        }
        return digits * 2 > t.length();
    }

    /**
     * Rows whose figures add up by the template: seven figures (Table 3: six columns + 总计) or fifteen
     * (Table 4: three groups of 维持, 纠正, 其他, 尚未审结 + 总计). Each entry lists the keys, totals last per group.
     */
    private static List<List<CellSheet.Key>> sumRows(List<List<CellText>> cells, Map<CellSheet.Key, Reading> figures) {
        List<List<CellSheet.Key>> rows = new ArrayList<>();
        for (int b = 0; b < cells.size(); b++) {
            List<CellSheet.Key> keys = new ArrayList<>();
            for (int c = 0; c < cells.get(b).size(); c++) {
                CellSheet.Key k = new CellSheet.Key(b, c);
                if (figures.containsKey(k)) {
                    keys.add(k);
                } else if (!keys.isEmpty() && !cells.get(b).get(c).text().isEmpty()) {
                    keys.clear(); // the figures of a row are contiguous at its end
                }
            }
            if (keys.size() == 7) {
                rows.add(keys);
            } else if (keys.size() == 15) {
                for (int g = 0; g < 3; g++) {
                    rows.add(new ArrayList<>(keys.subList(g * 5, g * 5 + 5)));
                }
            }
        }
        return rows;
    }

    /**
     * Takes, among the readings of the row's cells, the combination that adds up and differs least from the
     * first choices; marks the row confirmed when there is one. False when none adds up.
     */
    private static boolean settle(List<CellSheet.Key> row, Map<CellSheet.Key, Reading> figures) {
        List<List<String>> options = new ArrayList<>();
        long combinations = 1;
        for (CellSheet.Key k : row) {
            Reading r = figures.get(k);
            List<String> o = new ArrayList<>();
            if (r.chosen != null) {
                o.add(r.chosen);
            }
            for (String c : r.votes.keySet()) {
                if (!o.contains(c)) {
                    o.add(c);
                }
            }
            if (o.isEmpty()) {
                if (!r.text.isEmpty() || r.printed) {
                    return false; // ink that no reading made a figure of: not a blank that adds up
                }
                o.add(""); // blank: counts as 0, as the rules do
            }
            options.add(o);
            combinations *= o.size();
        }
        if (combinations > MAX_COMBINATIONS) {
            return false;
        }
        int[] best = null;
        int bestChanges = Integer.MAX_VALUE;
        int[] pick = new int[row.size()];
        for (long n = 0; n < combinations; n++) {
            long rest = n;
            int changes = 0;
            for (int i = 0; i < row.size(); i++) {
                pick[i] = (int) (rest % options.get(i).size());
                rest /= options.get(i).size();
                changes += pick[i] == 0 ? 0 : 1;
            }
            if (changes < bestChanges && addsUp(options, pick)) {
                best = pick.clone();
                bestChanges = changes;
            }
        }
        if (best == null) {
            return false;
        }
        for (int i = 0; i < row.size(); i++) {
            Reading r = figures.get(row.get(i));
            String value = options.get(i).get(best[i]);
            r.chosen = value.isEmpty() ? r.chosen : value;
            r.confirmed = true;
        }
        return true;
    }

    private static boolean addsUp(List<List<String>> options, int[] pick) {
        double sum = 0;
        int last = options.size() - 1;
        for (int i = 0; i < last; i++) {
            Double v = Figure.value(options.get(i).get(pick[i]));
            sum += v == null ? 0 : v;
        }
        Double total = Figure.value(options.get(last).get(pick[last]));
        return Math.abs(sum - (total == null ? 0 : total)) < 1e-6;
    }
}
