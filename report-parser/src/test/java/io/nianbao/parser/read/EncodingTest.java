package io.nianbao.parser.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

/** A seed report encoded in the encodings reports are published in must decode back to the same text. */
class EncodingTest {

    private static String seed;
    private final DocumentReader reader = new DocumentReader();

    @BeforeAll
    static void loadSeed() throws IOException {
        seed = Files.readString(TestCorpus.seed("000_"), StandardCharsets.UTF_8);
        if (!seed.isEmpty() && seed.charAt(0) == '\uFEFF') {
            seed = seed.substring(1);
        }
    }

    /** The seed as the charset can represent it (a character outside the charset becomes '?'). */
    private static String representable(String text, Charset cs) {
        return new String(text.getBytes(cs), cs);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GBK", "GB18030", "GB2312"})
    void gbFamilyDecodesToTheOriginal(String name) {
        Charset cs = Charset.forName(name);
        String expected = representable(seed, cs);
        ReadDocument read = reader.read(seed.getBytes(cs), "report.txt", "text/plain");
        assertEquals("text", read.format());
        assertEquals("GB18030", read.charset());
        assertEquals(expected, read.text());
        assertTrue(read.charsetSure(), read.notes().toString());
    }

    @Test
    void big5DecodesToTheOriginalTraditionalText() {
        Charset big5 = Charset.forName("Big5");
        String traditional = ZhConverterUtil.toTraditional(seed);
        String expected = representable(traditional, big5);
        assertTrue(similarity(traditional, expected) > 0.99, "Big5 should represent almost all of the text");
        ReadDocument read = reader.read(traditional.getBytes(big5), "report.txt", null);
        assertEquals("Big5", read.charset());
        assertEquals(expected, read.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void utf16WithoutBomDecodesToTheOriginal(String name) {
        ReadDocument read = reader.read(seed.getBytes(Charset.forName(name)), "report.txt", null);
        assertEquals(name, read.charset());
        assertEquals(seed, read.text());
        assertTrue(read.charsetSure(), read.notes().toString());
    }

    @Test
    void utf16WithBomAndUtf8WithBomAreSure() {
        ReadDocument utf16 = reader.read(seed.getBytes(StandardCharsets.UTF_16), "r.txt", null); // Java writes a BE BOM
        assertEquals(seed, utf16.text());
        assertTrue(utf16.charsetSure());
        byte[] body = seed.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        ReadDocument utf8 = reader.read(withBom, "r.txt", null);
        assertEquals(seed, utf8.text());
        assertEquals("UTF-8", utf8.charset());
    }

    @Test
    void htmlDeclaringGb2312IsReadAsGb18030() {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>"
                + "<body><p>一、总体情况</p><p>全年共收到政府信息公开申请58件。</p></body></html>";
        ReadDocument read = reader.read(html.getBytes(Charset.forName("GBK")), "a.html", "text/html");
        assertEquals("html", read.format());
        assertEquals("GB18030", read.charset());
        assertEquals("一、总体情况\n全年共收到政府信息公开申请58件。", read.text());
    }

    @Test
    void aWrongHtmlDeclarationDoesNotProduceMojibake() {
        String body = seed.substring(0, Math.min(seed.length(), 3000));
        String html = "<html><head><meta charset=\"utf-8\"></head><body><p>" + body.replace("\n", "</p><p>") + "</p></body></html>";
        ReadDocument read = reader.read(html.getBytes(Charset.forName("GB18030")), "a.html", "text/html");
        assertEquals("GB18030", read.charset());
        assertFalse(read.text().contains("\uFFFD"));
        assertTrue(read.text().startsWith(body.lines().filter(l -> !l.isBlank()).findFirst().orElseThrow().strip()));
        assertTrue(read.notes().stream().anyMatch(n -> n.contains("utf-8") || n.contains("UTF-8")), read.notes().toString());
    }

    @Test
    void undecodableBytesAreFlaggedAsUnsure() {
        byte[] bytes = new byte[600];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 0xFF : 0x81 + (i * 7) % 40); // no charset reads this cleanly
        }
        ReadDocument read = reader.read(bytes, "x.txt", null);
        assertFalse(read.charsetSure());
        assertTrue(read.notes().stream().anyMatch(n -> n.startsWith("编码检测不确定")), read.notes().toString());
    }

    private static double similarity(String a, String b) {
        int same = 0;
        for (int i = 0; i < Math.min(a.length(), b.length()); i++) {
            if (a.charAt(i) == b.charAt(i)) {
                same++;
            }
        }
        return (double) same / Math.max(a.length(), b.length());
    }
}
