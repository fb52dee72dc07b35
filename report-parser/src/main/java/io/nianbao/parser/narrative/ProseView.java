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
        return of(text, SimplifiedText.of(text));
    }

    /**
     * @param simplified {@code text} in Simplified characters, of the same length (the parser has it already)
     */
    static ProseView of(String text, String simplified) {
        int length = simplified.length();
        // each line gives at most its characters and one break, which stands for the break that ended it
        char[] work = new char[length + 1];
        int[] origin = new int[length + 1];
        int w = 0;
        char[] line = new char[64];
        boolean previousWrapped = false;
        int start = 0;
        while (start < length) {
            int end = simplified.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            int n = end - start;
            if (line.length < n) {
                line = new char[Math.max(n, line.length * 2)];
            }
            simplified.getChars(start, end, line, 0);
            normalise(line, n);
            boolean prose = !isBlank(line, n) && !TableLines.isTableLine(line, 0, n);
            if (!prose) {
                origin[w] = start;
                work[w++] = '\n';
                previousWrapped = false;
            } else {
                int from = 0;
                if (previousWrapped) {
                    // continue the sentence of the previous line: no break, no indentation
                    while (from < n && Character.isWhitespace(line[from])) {
                        from++;
                    }
                } else {
                    origin[w] = start;
                    work[w++] = '\n';
                }
                for (int i = from; i < n; i++) {
                    origin[w] = start + i;
                    work[w++] = line[i];
                }
                previousWrapped = wrapped(line, n);
            }
            start = end + 1;
        }
        return new ProseView(text, new String(work, 0, w), origin);
    }

    /** as {@code String.isBlank()}: nothing but whitespace */
    private static boolean isBlank(char[] line, int n) {
        for (int i = 0; i < n; i++) {
            if (!Character.isWhitespace(line[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a prose line was hard-wrapped inside a sentence: stripped (as {@code String.strip()}), at least
     * {@link #MIN_WRAPPED_LINE} long, and not ending a sentence.
     */
    private static boolean wrapped(char[] line, int n) {
        int end = n;
        while (end > 0 && Character.isWhitespace(line[end - 1])) {
            end--;
        }
        int begin = 0;
        while (begin < end && Character.isWhitespace(line[begin])) {
            begin++;
        }
        return end - begin >= MIN_WRAPPED_LINE && SENTENCE_END.indexOf(line[end - 1]) < 0;
    }

    /** ASCII digits and ordinary spaces, character for character (the length never changes). */
    private static void normalise(char[] chars, int n) {
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if (c >= '０' && c <= '９') {
                chars[i] = (char) ('0' + (c - '０'));
            } else if (c == '\u3000' || c == '\r' || c == '\f' || c == '\u00A0') {
                chars[i] = ' ';
            } else if (c == '．') {
                chars[i] = '.';
            }
        }
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
