package io.nianbao.parser.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Splits figures that a PDF export glued together ("3 10 0 0 0 0 4" for 3 | 1 | 0 | 0 | 0 | 0 | 4) back into
 * cells, using the table's own arithmetic to choose the reading: every way of cutting the glued digit strings
 * into the missing number of cells is tried, and a reading is taken only when exactly one of them satisfies the
 * row's rule (e.g. the six applicant columns add up to 总计). The cells that come out of a cut are reported, so
 * that the output can say which cells were inferred.
 */
public final class GluedFigures {
    /** more cuts than this are not a glued row but a different problem (missing cells) */
    private static final int MAX_CUTS = 3;
    private static final int MAX_SOLUTIONS = 2;

    /** A unique reading: the cells, and for each whether it came from a cut token. */
    public record Reading(List<Cell> cells, boolean[] inferred) {}

    private GluedFigures() {}

    /**
     * @param tokens the row's figures as read (all plain VALUE cells)
     * @param n      how many cells the row has
     * @param rule   the row's arithmetic, on candidate values
     * @return the single reading that satisfies the rule, or null
     */
    public static Reading split(List<Cell> tokens, int n, Predicate<long[]> rule) {
        int cuts = n - tokens.size();
        if (cuts <= 0 || cuts > MAX_CUTS) {
            return null;
        }
        for (Cell c : tokens) {
            if (c.kind() != CellKind.VALUE || c.unit() != null || c.signed() || c.number().scale() > 0
                    || c.number().signum() < 0) {
                return null;
            }
        }
        List<List<String>> solutions = new ArrayList<>();
        search(tokens, 0, cuts, new ArrayList<>(), new ArrayList<>(), n, rule, solutions);
        if (solutions.size() != 1) {
            return null;
        }
        List<String> pieces = solutions.get(0);
        List<Cell> cells = new ArrayList<>(n);
        boolean[] inferred = new boolean[n];
        int p = 0;
        for (Cell token : tokens) {
            String digits = digitsOf(token);
            if (digits == null) {
                cells.add(token); // a placeholder or a figure with separators is never cut
                p++;
                continue;
            }
            int used = 0;
            int first = p;
            // a piece's place in the line is known when the token is its digits with nothing but spaces around
            int digitsAt = token.column() < 0 ? -1 : token.raw().indexOf(digits);
            int column = digitsAt < 0 ? -1 : token.column() + digitsAt;
            while (used < digits.length()) {
                String piece = pieces.get(p);
                cells.add(new Cell(piece, CellKind.VALUE, new BigDecimal(piece), null, false, false, token.line(),
                        token.tabular(), column < 0 ? -1 : column + used));
                used += piece.length();
                p++;
            }
            if (p - first > 1) {
                for (int k = first; k < p; k++) {
                    inferred[k] = true;
                }
            }
        }
        return new Reading(cells, inferred);
    }

    private static void search(List<Cell> tokens, int index, int cutsLeft, List<String> pieces, List<Long> values,
                               int n, Predicate<long[]> rule, List<List<String>> solutions) {
        if (solutions.size() >= MAX_SOLUTIONS) {
            return;
        }
        if (index == tokens.size()) {
            if (cutsLeft == 0 && pieces.size() == n) {
                long[] v = values.stream().mapToLong(Long::longValue).toArray();
                if (rule.test(v)) {
                    solutions.add(new ArrayList<>(pieces));
                }
            }
            return;
        }
        String digits = digitsOf(tokens.get(index));
        if (digits == null) {
            pieces.add(tokens.get(index).raw());
            values.add(tokens.get(index).number().longValue());
            search(tokens, index + 1, cutsLeft, pieces, values, n, rule, solutions);
            pieces.remove(pieces.size() - 1);
            values.remove(values.size() - 1);
            return;
        }
        for (int k = 0; k <= Math.min(cutsLeft, digits.length() - 1); k++) {
            for (List<String> parts : cutsOf(digits, k)) {
                int size = pieces.size();
                for (String part : parts) {
                    pieces.add(part);
                    values.add(Long.parseLong(part));
                }
                search(tokens, index + 1, cutsLeft - k, pieces, values, n, rule, solutions);
                while (pieces.size() > size) {
                    pieces.remove(pieces.size() - 1);
                    values.remove(values.size() - 1);
                }
            }
        }
    }

    /** the ways of cutting a digit string into k+1 numbers without leading zeros */
    static List<List<String>> cutsOf(String digits, int k) {
        List<List<String>> out = new ArrayList<>();
        cut(digits, 0, k, new ArrayList<>(), out);
        return out;
    }

    private static void cut(String digits, int from, int k, List<String> acc, List<List<String>> out) {
        if (k == 0) {
            String last = digits.substring(from);
            if (valid(last)) {
                acc.add(last);
                out.add(new ArrayList<>(acc));
                acc.remove(acc.size() - 1);
            }
            return;
        }
        for (int end = from + 1; end <= digits.length() - k; end++) {
            String piece = digits.substring(from, end);
            if (!valid(piece)) {
                continue;
            }
            acc.add(piece);
            cut(digits, end, k - 1, acc, out);
            acc.remove(acc.size() - 1);
        }
    }

    private static boolean valid(String piece) {
        return !piece.isEmpty() && (piece.length() == 1 || piece.charAt(0) != '0');
    }

    /** the digits as printed ("00" stays two digits); a figure with separators or signs is not cut */
    private static String digitsOf(Cell c) {
        String raw = CellReader.compact(c.raw());
        return !c.placeholder() && !raw.isEmpty() && raw.chars().allMatch(Character::isDigit) ? raw : null;
    }
}
