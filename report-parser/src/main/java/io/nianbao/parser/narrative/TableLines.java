package io.nianbao.parser.narrative;

import java.util.regex.Pattern;

/**
 * Tells a line that belongs to a table from a prose line. Figures must come from sentences: a table
 * row (TAB-separated cells, a Markdown pipe row, a PDF-like row of space-separated numbers, a lone
 * cell value) is never read for prose figures.
 */
final class TableLines {

    private static final Pattern CELL_VALUE =
            Pattern.compile("[+\\-－—–增减]?[0-9,.]+(?:万元|亿元|%)?|[-－—–/／]|无");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");

    private TableLines() {
    }

    /** @param line a line of the normalised (Simplified, ASCII-digit) text */
    static boolean isTableLine(String line) {
        if (line.indexOf('\t') >= 0) {
            return true;
        }
        String trimmed = line.strip();
        if (trimmed.startsWith("|") || count(trimmed, '|') >= 2) {
            return true;
        }
        String[] tokens = SPACES.split(trimmed);
        int values = 0;
        for (String token : tokens) {
            if (!token.isEmpty() && CELL_VALUE.matcher(token).matches()) {
                values++;
            }
        }
        // two or more bare values on a line is a table row; a line that is a single bare value is a cell
        return values >= 2 || (tokens.length == 1 && values == 1);
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
