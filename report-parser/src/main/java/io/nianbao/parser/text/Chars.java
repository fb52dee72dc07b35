package io.nianbao.parser.text;

/** Character-level normalisation shared by the cell and label readers. */
public final class Chars {
    private Chars() {}

    /**
     * Full-width ASCII (digits, letters, punctuation such as （）．，／－) to half-width, the ideographic
     * space and NBSP to a plain space. Chinese punctuation without a half-width twin (、。“”) is kept.
     */
    public static String halfWidth(String s) {
        StringBuilder b = null;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            char r = c;
            if (c >= '\uFF01' && c <= '\uFF5E') {
                r = (char) (c - 0xFEE0);
            } else if (isWideSpace(c)) {
                r = ' ';
            }
            if (r != c) {
                if (b == null) {
                    b = new StringBuilder(s);
                }
                b.setCharAt(i, r);
            }
        }
        return b == null ? s : b.toString();
    }

    /** whether {@link #halfWidth} changes this character */
    public static boolean widthChanges(char c) {
        return c >= '\uFF01' && c <= '\uFF5E' || isWideSpace(c);
    }

    private static boolean isWideSpace(char c) {
        return c == '\u3000' || c == '\u00A0' || c == '\u2002' || c == '\u2003' || c == '\u2009';
    }

    /**
     * A label for matching: half-width, without any whitespace or quotes, so that "危及“三安全一稳定”",
     * "危及\"三安全 一稳定\"" and "危及三安全一稳定" all read the same.
     */
    public static String labelKey(String s) {
        if (isLabelKey(s)) {
            return s; // most labels are plain Chinese already: no copy
        }
        String h = halfWidth(s);
        StringBuilder b = new StringBuilder(h.length());
        for (int i = 0, n = h.length(); i < n; i++) {
            char c = h.charAt(i);
            if (!droppedFromKey(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** nothing {@link #labelKey} would change */
    private static boolean isLabelKey(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (widthChanges(c) || droppedFromKey(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean droppedFromKey(char c) {
        return Character.isWhitespace(c) || c == '"' || c == '\'' || c == '“' || c == '”' || c == '‘' || c == '’'
                || c == '「' || c == '」' || c == '*' || c == '\u200B' || c == '\uFEFF';
    }

    public static boolean isCjk(char c) {
        return c >= '\u4E00' && c <= '\u9FFF';
    }

    public static int cjkCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (isCjk(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
