package io.nianbao.parser.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the rows of a table in its label stream, in the table's fixed order: each label is searched after the
 * previous one, so that a word that also appears in a header (总计, 其他) is taken at the right place. The anchor
 * of a row is the start of its label: when the distinctive words sit after the label's numbering ("2.其他法律
 * 行政法规禁止公开"), the anchor moves back to the numbering, because a PDF row may carry its figures in the middle
 * of a wrapped label.
 */
public final class LabelFinder {
    private static final Pattern NUMBERING =
            Pattern.compile("\\d{1,2}[.、]|\\([一二三四五六七八九十]{1,2}\\)|[一二三四五六七八九十]{1,2}、");
    private static final int BACKTRACK = 16;

    /** A located row: its label, the stream span of the match and the cell index of the anchor. */
    public record Found(RowLabel label, int start, int end, int anchorCell) {}

    private LabelFinder() {}

    /** The rows found, in order; a row that is not found is left out. */
    public static List<Found> find(TableText text, List<RowLabel> labels, int fromPos) {
        return find(text, labels, fromPos, true);
    }

    /**
     * @param numbered whether the rows carry numbering (Table 3); Table 2's rows do not, and moving back to the
     *                 "第二十条第（五）项" of a group header would put the anchor before the header row
     */
    public static List<Found> find(TableText text, List<RowLabel> labels, int fromPos, boolean numbered) {
        String stream = text.stream();
        List<Found> found = new ArrayList<>();
        int pos = fromPos;
        for (RowLabel label : labels) {
            Matcher m = label.key().matcher(stream);
            if (!m.find(pos)) {
                continue;
            }
            int start = numbered ? backToNumbering(stream, Math.max(pos, m.start() - BACKTRACK), m.start()) : m.start();
            found.add(new Found(label, start, m.end(), text.cellAt(start)));
            pos = m.end();
        }
        return found;
    }

    private static int backToNumbering(String stream, int windowStart, int keyStart) {
        if (windowStart >= keyStart) {
            return keyStart;
        }
        Matcher n = NUMBERING.matcher(stream).region(windowStart, keyStart);
        int last = -1;
        while (n.find()) {
            last = n.start();
        }
        return last >= 0 ? last : keyStart;
    }
}
