package io.nianbao.ingest.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import io.nianbao.testsupport.Corpus;

class ContentSnifferTest {
    private final ContentSniffer sniffer = new ContentSniffer();

    @Test
    void seedsInEveryChineseEncodingAreText() throws IOException {
        for (Path seed : Corpus.documents(Corpus.seeds())) {
            String text = Files.readString(seed);
            assertEquals(DocumentKind.TEXT, kind(text.getBytes(StandardCharsets.UTF_8)), seed + " UTF-8");
            assertEquals(DocumentKind.TEXT, kind(text.getBytes(Charset.forName("GB18030"))), seed + " GB18030");
            assertEquals(DocumentKind.TEXT, kind(text.getBytes(StandardCharsets.UTF_16LE)), seed + " UTF-16LE");
            assertEquals(DocumentKind.TEXT, kind(text.getBytes(StandardCharsets.UTF_16)), seed + " UTF-16 with BOM");
        }
        String traditional = "鄭州市人民政府二〇二〇年政府信息公開工作年度報告";
        assertEquals(DocumentKind.TEXT, kind(traditional.getBytes(Charset.forName("Big5"))));
    }

    @Test
    void htmlIsToldFromText() {
        String html = "<!DOCTYPE html><html><head><meta charset=\"gbk\"></head><body><table><tr><td>1</td></tr></table>";
        assertEquals(DocumentKind.HTML, kind(html.getBytes(Charset.forName("GBK"))));
        assertEquals(DocumentKind.HTML, kind(("  <p>报告</p>").getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(DocumentKind.TEXT, kind("收到申请 3 件，其中 <5 件未办结".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void pdfAndDocxAreKnownByTheirBytes() throws IOException {
        assertEquals(DocumentKind.PDF, kind("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(DocumentKind.DOCX, kind(zip("[Content_Types].xml", "word/document.xml")));
        assertEquals(DocumentKind.UNSUPPORTED, kind(zip("[Content_Types].xml", "xl/workbook.xml")));
    }

    @Test
    void binariesAreUnsupported() {
        byte[] random = new byte[4096];
        new Random(3).nextBytes(random);
        assertEquals(DocumentKind.UNSUPPORTED, kind(random));
        assertEquals(DocumentKind.UNSUPPORTED, kind(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x20}));
        assertEquals(DocumentKind.UNSUPPORTED, kind(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2}));
        assertEquals(DocumentKind.UNSUPPORTED, kind("text\0with\0\0NULs\0 on both sides".getBytes(StandardCharsets.US_ASCII)));
    }

    private DocumentKind kind(byte[] bytes) {
        return sniffer.detect(bytes).kind();
    }

    private static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (String name : names) {
                out.putNextEntry(new ZipEntry(name));
                out.write("<xml/>".getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }
}
