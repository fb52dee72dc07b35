package io.nianbao.bench.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.nianbao.bench.BenchDocument;
import io.nianbao.contracts.ReportIds;

class VariantsTest {

    @Test
    void everyVariantHasItsOwnReportIdAndKeepsTheOriginalBytes() {
        Charset gbk = Charset.forName("GBK");
        BenchDocument text = new BenchDocument("a.txt", "年度报告\n主动公开\t12\n".getBytes(gbk), "text", gbk);
        BenchDocument html = new BenchDocument("b.html", "<html><body>报告</body></html>".getBytes(StandardCharsets.UTF_8),
                "html", StandardCharsets.UTF_8);
        BenchDocument docx = new BenchDocument("c.docx", new byte[] {'P', 'K', 3, 4}, "docx", null);

        List<Variants.Variant> variants = Variants.of(List.of(text, html, docx), "run-1", 300);

        assertEquals(300, variants.size());
        Set<String> ids = new HashSet<>();
        for (Variants.Variant v : variants) {
            ids.add(ReportIds.of(v.bytes()));
            assertFalse(v.fileName().endsWith(".docx"), "binary documents are not varied");
            BenchDocument original = v.fileName().equals("a.txt") ? text : html;
            assertArrayEquals(original.bytes(), Arrays.copyOf(v.bytes(), original.bytes().length));
            String trailer = new String(v.bytes(), original.bytes().length,
                    v.bytes().length - original.bytes().length, StandardCharsets.US_ASCII);
            assertFalse(trailer.chars().anyMatch(Character::isDigit), "marker holds no figure: " + trailer);
        }
        assertEquals(300, ids.size(), "distinct report ids");
        assertTrue(variants.stream().anyMatch(v -> v.contentType().equals("text/html")));
    }

    @Test
    void lettersAreABijectiveBase26Numbering() {
        assertEquals("a", Variants.letters(0));
        assertEquals("z", Variants.letters(25));
        assertEquals("aa", Variants.letters(26));
        assertEquals("ab", Variants.letters(27));
    }
}
