package io.nianbao.ingest.service;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import io.nianbao.parser.read.DocumentFormat;
import io.nianbao.parser.read.DocumentReader;

/**
 * Decides from the bytes (the declared type is often wrong) whether a document is one the parser
 * reads. The decision is the parser's own ({@link DocumentReader#detectFormat}), so ingest never
 * accepts what parse-service cannot read, nor refuses what it can; this class adds the words for a
 * 415 answer. Only the leading bytes are looked at and a ZIP is never inflated here.
 */
@ApplicationScoped
public class ContentSniffer {

    /** The result: the kind, and for an unsupported one a description for the 415 answer. */
    public record Detection(DocumentKind kind, String description) {
        public boolean supported() {
            return kind != DocumentKind.UNSUPPORTED;
        }
    }

    public Detection detect(byte[] content) {
        return detect(content, null, null);
    }

    public Detection detect(byte[] content, String fileName, String declaredType) {
        DocumentFormat format = DocumentReader.detectFormat(content, fileName, declaredType);
        return switch (format) {
            case TEXT -> new Detection(DocumentKind.TEXT, "text");
            case HTML -> new Detection(DocumentKind.HTML, "HTML");
            case PDF -> new Detection(DocumentKind.PDF, "PDF");
            case DOCX -> new Detection(DocumentKind.DOCX, "DOCX");
            case DOC -> new Detection(DocumentKind.UNSUPPORTED, "旧版 Word 文档（.doc），请另存为 .docx 或 PDF 后再提交");
            default -> new Detection(DocumentKind.UNSUPPORTED, describeBinary(content));
        };
    }

    private static String describeBinary(byte[] b) {
        if (startsWith(b, new byte[] {(byte) 0x89, 'P', 'N', 'G'})) {
            return "PNG 图像";
        }
        if (startsWith(b, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "JPEG 图像";
        }
        if (startsWith(b, "GIF8".getBytes(StandardCharsets.US_ASCII))) {
            return "GIF 图像";
        }
        if (startsWith(b, new byte[] {'P', 'K', 3, 4}) || startsWith(b, new byte[] {'P', 'K', 5, 6})) {
            return "ZIP 压缩包（不是 Word .docx 文档）";
        }
        if (startsWith(b, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})) {
            return "旧版 Office 文档，请另存为 .docx 或 PDF 后再提交";
        }
        if (startsWith(b, new byte[] {0x1F, (byte) 0x8B}) || startsWith(b, "Rar!".getBytes(StandardCharsets.US_ASCII))
                || startsWith(b, new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF})) {
            return "压缩文件";
        }
        return "无法识别的二进制文件";
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b == null || b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
