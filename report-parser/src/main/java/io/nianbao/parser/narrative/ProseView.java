package io.nianbao.parser.narrative;

import io.nianbao.parser.text.SimplifiedText;

/**
 * The prose of a document prepared for matching: Simplified characters, ASCII digits, table lines
 * replaced by paragraph breaks, and lines that a PDF export hard-wrapped inside a sentence joined
 * again. {@link #origin(int)} maps every character back to its offset in the original text, so that
 * a quote is always cut from the text as the author wrote it.
 */
final class ProseView {

    /** a line at least this long that does not end a sentence is taken as hard-wrapped */
    private static final int MIN_WRAPPED_LINE = 16;
    private static final String SENTENCE_END = "。；;！!？?：:”\"）)】》";

    private final String original;
    private final String work;
    private final int[] origin;

    private ProseView(String original, String work, int[] origin) {
        this.original = original;
        this.work = work;
        this.origin = origin;
    }

    static ProseView of(String text) {
        String simplified = SimplifiedText.of(text);
        StringBuilder work = new StringBuilder(text.length());
        int[] origin = new int[text.length() + 1];
        boolean previousWrapped = false;
        int start = 0;
        while (start < simplified.length()) {
            int end = simplified.indexOf('\n', start);
            if (end < 0) {
                end = simplified.length();
            }
            String line = normalise(simplified.substring(start, end));
            boolean prose = !line.isBlank() && !TableLines.isTableLine(line);
            if (!prose) {
                origin = append(work, origin, '\n', start);
                previousWrapped = false;
            } else {
                int from = 0;
                if (previousWrapped) {
                    // continue the sentence of the previous line: no break, no indentation
                    while (from < line.length() && Character.isWhitespace(line.charAt(from))) {
                        from++;
                    }
                } else {
                    origin = append(work, origin, '\n', start);
                }
                for (int i = from; i < line.length(); i++) {
                    origin = append(work, origin, line.charAt(i), start + i);
                }
                String trimmed = line.strip();
                previousWrapped = trimmed.length() >= MIN_WRAPPED_LINE
                        && SENTENCE_END.indexOf(trimmed.charAt(trimmed.length() - 1)) < 0;
            }
            start = end + 1;
        }
        return new ProseView(text, work.toString(), origin);
    }

    private static int[] append(StringBuilder work, int[] origin, char c, int offset) {
        if (work.length() >= origin.length) {
            origin = java.util.Arrays.copyOf(origin, origin.length * 2 + 16);
        }
        origin[work.length()] = offset;
        work.append(c);
        return origin;
    }

    /** ASCII digits and ordinary spaces, character for character (the length never changes). */
    private static String normalise(String line) {
        char[] chars = line.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '０' && c <= '９') {
                chars[i] = (char) ('0' + (c - '０'));
            } else if (c == '\u3000' || c == '\r' || c == '\f' || c == '\u00A0') {
                chars[i] = ' ';
            } else if (c == '．') {
                chars[i] = '.';
            }
        }
        return new String(chars);
    }

    String work() {
        return work;
    }

    /** offset in the original text of work character {@code index} */
    int origin(int index) {
        return origin[index];
    }

    /** the original text behind work characters [start, end) — the exact span as written */
    String originalSpan(int start, int end) {
        return original.substring(origin[start], origin[end - 1] + 1);
    }
}
