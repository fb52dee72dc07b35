package io.nianbao.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes documents of a chosen size from one report's text, for the "how does cost grow" test: a small one by
 * truncation (it then lacks most tables: that is what a 1 KB report looks like), larger ones by repeating the
 * report's prose paragraphs after the first one while every table line stays as it was.
 */
public final class SizedDocuments {
    /** A line at least this long without a TAB is a prose paragraph (table rows and headings are short). */
    private static final int PROSE_MIN_CHARS = 60;

    private SizedDocuments() {}

    public static byte[] ofSize(String reportText, int targetBytes) {
        byte[] whole = reportText.getBytes(StandardCharsets.UTF_8);
        if (whole.length >= targetBytes) {
            return truncate(reportText, targetBytes);
        }
        return pad(reportText, targetBytes);
    }

    /** The longest prefix of whole characters that fits in targetBytes as UTF-8. */
    static byte[] truncate(String text, int targetBytes) {
        StringBuilder out = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > targetBytes) {
                break;
            }
            out.appendCodePoint(cp);
            bytes += size;
            i += Character.charCount(cp);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] pad(String text, int targetBytes) {
        List<String> lines = List.of(text.split("\n", -1));
        List<String> prose = new ArrayList<>();
        int firstProse = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.length() >= PROSE_MIN_CHARS && line.indexOf('\t') < 0) {
                prose.add(line);
                if (firstProse < 0) {
                    firstProse = i;
                }
            }
        }
        if (prose.isEmpty()) {
            throw new IllegalArgumentException("the report has no prose paragraph to repeat");
        }
        int have = text.getBytes(StandardCharsets.UTF_8).length;
        List<String> extra = new ArrayList<>();
        for (int k = 0; have < targetBytes; k++) {
            String paragraph = prose.get(k % prose.size());
            extra.add(paragraph);
            have += paragraph.getBytes(StandardCharsets.UTF_8).length + 1;
        }
        List<String> out = new ArrayList<>(lines.subList(0, firstProse + 1));
        out.addAll(extra);
        out.addAll(lines.subList(firstProse + 1, lines.size()));
        return String.join("\n", out).getBytes(StandardCharsets.UTF_8);
    }
}
