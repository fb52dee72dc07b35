package io.nianbao.parser.table;

import java.util.regex.Pattern;

/**
 * A table row as the parser looks for it: a name (the JSON key), a pattern of distinctive words of its label
 * (several alternatives, so that a label cut by a wrap or a page break is still found) and its cell count.
 */
public record RowLabel(String name, Pattern key, int cells) {
    public static RowLabel of(String name, String keyRegex, int cells) {
        return new RowLabel(name, Pattern.compile(keyRegex), cells);
    }
}
