package io.nianbao.parser.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The line breaks of a report's text: CR LF, or one of CR, LF, form feed, vertical tab, U+2028, U+2029 (as the
 * regex {@code \r\n|[\r\n\f\u2028\u2029\u000B]}). Written out by hand because the parser splits every report
 * at them and a regex split costs several times more.
 */
public final class LineBreaks {
    private LineBreaks() {}

    /** The lines between the breaks, the empty ones included (as {@code Pattern.split(text, -1)}). */
    public static List<String> split(String text) {
        char[] chars = text.toCharArray();
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < chars.length; i++) {
            int end = breakEnd(chars, i);
            if (end > i) {
                lines.add(new String(chars, start, i - start));
                start = end;
                i = end - 1;
            }
        }
        lines.add(new String(chars, start, chars.length - start));
        return lines;
    }

    /** Where each line starts: 0, then the offset after every break. */
    public static int[] lineStarts(String text) {
        char[] chars = text.toCharArray();
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < chars.length; i++) {
            int end = breakEnd(chars, i);
            if (end > i) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = end;
                i = end - 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** the end of the break at {@code i}, or {@code i} when none starts there */
    private static int breakEnd(char[] chars, int i) {
        char c = chars[i];
        if (c > '\r' && c < '\u2028' || c > '\u2029') {
            return i; // nearly every character: no break
        }
        if (c == '\r') {
            return i + 1 < chars.length && chars[i + 1] == '\n' ? i + 2 : i + 1;
        }
        return c == '\n' || c == '\f' || c == '\u2028' || c == '\u2029' || c == '\u000B' ? i + 1 : i;
    }
}
