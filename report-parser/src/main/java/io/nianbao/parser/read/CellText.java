package io.nianbao.parser.read;

/**
 * Normalises the text of one table cell or paragraph: every run of whitespace (newlines, tabs, NBSP,
 * ideographic space) becomes a single space, trimmed, so that a TAB only ever separates cells.
 */
final class CellText {

    private CellText() {
    }

    static String normalize(CharSequence raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        normalizeInto(raw, sb);
        return sb.toString();
    }

    /** Appends {@link #normalize normalize(raw)} to {@code out}. */
    static void normalizeInto(CharSequence raw, StringBuilder out) {
        int start = out.length();
        boolean pendingSpace = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isSpace(c)) {
                pendingSpace = out.length() > start;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\u2007' || c == '\u202F'
                || c == '\u200B' || c == '\uFEFF';
    }

    /**
     * Joins two pieces of a cell that sat in separate blocks (two {@code <p>}s, two {@code w:p}s).
     * Chinese text is written without spaces, so a label split over two blocks joins directly
     * ("规章" + "(市政府令)"); Latin words and numbers keep a space between them.
     */
    static String joinBlocks(String left, String right) {
        if (left.isEmpty()) {
            return right;
        }
        if (right.isEmpty()) {
            return left;
        }
        char a = left.charAt(left.length() - 1);
        char b = right.charAt(0);
        return isWide(a) || isWide(b) ? left + right : left + " " + right;
    }

    private static boolean isWide(char c) {
        return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
                || (c >= 0xFF00 && c <= 0xFFEF) || c == '(' || c == ')' || c == '（' || c == '）';
    }
}
