package io.nianbao.parser.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.nianbao.testsupport.Corpus;

/** The hand-written line splitting gives what the regex it replaced gives. */
class LineBreaksTest {
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|[\\r\\n\\f\\u2028\\u2029\\u000B]");

    @Test
    void tricky() {
        for (String s : List.of("", "a", "\n", "\r", "\r\n", "\n\r", "\r\r\n", "a\r\nb\rc\nd\fe\u2028f\u2029g\u000Bh",
                "一\r\n\r\n二\n", "\n\n", "x\r", "末行无换行", "\u000B\u000B")) {
            check(s);
        }
    }

    @Test
    void corpus() throws Exception {
        for (Path p : Corpus.documents(Corpus.root().resolve("seeds"))) {
            check(Files.readString(p, StandardCharsets.UTF_8));
        }
    }

    @Test
    void splitsAtEveryKindOfBreak() {
        assertEquals(List.of("a", "b", "c", "", "d"), LineBreaks.split("a\r\nb\rc\n\u2028d"));
        assertArrayEquals(new int[] {0, 3, 5, 7, 8}, LineBreaks.lineStarts("a\r\nb\rc\n\u2028d"));
    }

    private static void check(String s) {
        assertEquals(List.of(LINE_BREAK.split(s, -1)), LineBreaks.split(s), s);
        List<Integer> starts = new ArrayList<>(List.of(0));
        Matcher m = LINE_BREAK.matcher(s);
        while (m.find()) {
            starts.add(m.end());
        }
        assertArrayEquals(starts.stream().mapToInt(Integer::intValue).toArray(), LineBreaks.lineStarts(s), s);
    }
}
