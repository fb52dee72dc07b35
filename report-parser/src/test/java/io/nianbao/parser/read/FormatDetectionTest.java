package io.nianbao.parser.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

class FormatDetectionTest {

    private static DocumentFormat detect(byte[] bytes, String name, String type) {
        return DocumentReader.detectFormat(bytes, name, type);
    }

    @Test
    void pdfIsRecognisedByItsHeaderWhateverTheDeclaredType() {
        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(DocumentFormat.PDF, detect(pdf, "report.txt", "text/plain"));
    }

    @Test
    void zipWithWordDocumentIsDocxAndOtherZipsAreUnsupported() throws IOException {
        assertEquals(DocumentFormat.DOCX, detect(zip("word/document.xml"), "x.bin", null));
        DocumentFormat other = detect(zip("data/table.csv"), "report.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertEquals(DocumentFormat.UNSUPPORTED, other);
        assertFalse(other.supported());
    }

    @Test
    void legacyWordIsRecognisedButNotSupported() {
        byte[] ole = new byte[512];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, ole, 0, magic.length);
        assertEquals(DocumentFormat.DOC, detect(ole, "report.doc", "application/msword"));
        assertFalse(DocumentFormat.DOC.supported());
        ReadDocument read = new DocumentReader().read(ole, "report.doc", null);
        assertEquals("doc", read.format());
        assertTrue(read.notes().stream().anyMatch(n -> n.contains(".doc")), read.notes().toString());
    }

    @Test
    void imagesAndExecutablesAreUnsupported() {
        assertEquals(DocumentFormat.UNSUPPORTED, detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}, "a.png", null));
        assertEquals(DocumentFormat.UNSUPPORTED, detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16}, "a.txt", "text/plain"));
        assertEquals(DocumentFormat.UNSUPPORTED, detect(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0}, "a", null));
    }

    @Test
    void randomBinaryIsUnsupportedAndReadingItDoesNotThrow() {
        byte[] junk = new byte[20_000];
        new Random(7).nextBytes(junk);
        assertEquals(DocumentFormat.UNSUPPORTED, detect(junk, "junk.txt", "text/plain"));
        ReadDocument read = new DocumentReader().read(junk, "junk.txt", "text/plain");
        assertEquals("unknown", read.format());
        assertEquals("", read.text());
        assertFalse(read.notes().isEmpty());
    }

    @Test
    void htmlIsRecognisedByItsMarkupAndTextOtherwise() {
        assertEquals(DocumentFormat.HTML, detect("\n  <!DOCTYPE html><html><body><p>年度报告</p>".getBytes(StandardCharsets.UTF_8), null, null));
        assertEquals(DocumentFormat.HTML, detect("<div>一、总体情况</div>".getBytes(StandardCharsets.UTF_8), "a.txt", null));
        assertEquals(DocumentFormat.TEXT, detect("一、总体情况\n二、主动公开政府信息情况".getBytes(Charset.forName("GBK")), null, null));
        // a text that mentions markup is still a text: reading it as HTML would join its lines
        assertEquals(DocumentFormat.TEXT, detect("一、总体情况\n换行写作<br>或<p>\n二、主动公开".getBytes(StandardCharsets.UTF_8), "a.txt", null));
    }

    @Test
    void utf16TextWithoutBomIsTextNotBinary() {
        byte[] utf16 = "一、总体情况 2020年 收到申请 12 件\n".repeat(20).getBytes(StandardCharsets.UTF_16LE);
        assertEquals(DocumentFormat.TEXT, detect(utf16, null, null));
        assertTrue(DocumentFormat.TEXT.supported());
    }

    @Test
    void nullAndEmptyInputDoNotThrow() {
        ReadDocument read = new DocumentReader().read(null, null, null);
        assertEquals("", read.text());
        assertEquals(DocumentFormat.TEXT, detect(new byte[0], null, null));
    }

    private static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
