package io.nianbao.parser.text;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

/**
 * Converts a text to Simplified characters while keeping every character at its offset, so that a
 * match in the converted text points at the same span of the original. OpenCC converts phrase by
 * phrase; when a phrase conversion changes the length (rare), that line falls back to a
 * character-by-character conversion, which always keeps the length. The table parser and the prose
 * extractor both read this text, so that what they find can be pointed at in the text as read.
 */
public final class SimplifiedText {

    private SimplifiedText() {
    }

    public static String of(String text) {
        // opencc is the slowest step of a parse, and almost every report is already Simplified
        if (!Simplifier.looksTraditional(text)) {
            return text;
        }
        String whole = convert(text);
        if (whole.length() == text.length()) {
            return whole;
        }
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end);
            String converted = convert(line);
            out.append(converted.length() == line.length() ? converted : charByChar(line));
            if (end < text.length()) {
                out.append('\n');
            }
            start = end + 1;
        }
        return out.toString();
    }

    private static String charByChar(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < 0x2E80 || Character.isSurrogate(c)) {
                out.append(c);
                continue;
            }
            String converted = convert(String.valueOf(c));
            out.append(converted.length() == 1 ? converted.charAt(0) : c);
        }
        return out.toString();
    }

    private static String convert(String s) {
        if (s.isEmpty()) {
            return s;
        }
        try {
            String converted = ZhConverterUtil.toSimple(s);
            return converted == null ? s : converted;
        } catch (RuntimeException e) {
            // a converter failure must not lose the prose: match on the text as written
            return s;
        }
    }
}
