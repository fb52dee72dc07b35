package io.nianbao.ingest.service;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Decides from the bytes (never from the declared type, which is often wrong) whether a document is
 * one the parser reads: plain text in any encoding, HTML, PDF or DOCX. Only the first few KB are
 * looked at, and a ZIP is never inflated here, so a hostile upload costs nothing to classify.
 */
@ApplicationScoped
public class ContentSniffer {
    private static final int SAMPLE = 8192;
    private static final Pattern HTML_TAG = Pattern.compile(
            "<(!doctype\\s+html|html|head|body|meta|title|table|div|p|br|span|tr|td)[\\s>/]");

    /** The result: the kind, and for an unsupported one a description for the 415 answer. */
    public record Detection(DocumentKind kind, String description) {
        public boolean supported() {
            return kind != DocumentKind.UNSUPPORTED;
        }
    }

    public Detection detect(byte[] b) {
        if (startsWith(b, "%PDF-".getBytes(StandardCharsets.US_ASCII)) || pdfHeaderNearStart(b)) {
            return new Detection(DocumentKind.PDF, "PDF");
        }
        if (startsWith(b, new byte[] {'P', 'K', 3, 4})) {
            // a DOCX names these entries in its (uncompressed) local headers and central directory
            return contains(b, "word/document.xml") && contains(b, "[Content_Types].xml")
                    ? new Detection(DocumentKind.DOCX, "DOCX")
                    : unsupported("ZIP 压缩包（不是 Word .docx 文档）");
        }
        String binary = knownBinary(b);
        if (binary != null) {
            return unsupported(binary);
        }
        Charset utf16 = utf16Of(b);
        if (utf16 == null && looksBinary(b)) {
            return unsupported("无法识别的二进制文件");
        }
        String head = new String(b, 0, Math.min(b.length, SAMPLE), utf16 == null ? StandardCharsets.ISO_8859_1 : utf16)
                .toLowerCase(Locale.ROOT);
        return HTML_TAG.matcher(head).find()
                ? new Detection(DocumentKind.HTML, "HTML")
                : new Detection(DocumentKind.TEXT, "text");
    }

    private static Detection unsupported(String what) {
        return new Detection(DocumentKind.UNSUPPORTED, what);
    }

    /** Some producers put a few junk bytes before the PDF header; readers accept it within 1 KB. */
    private static boolean pdfHeaderNearStart(byte[] b) {
        int limit = Math.min(b.length, 1024);
        byte[] magic = "%PDF-".getBytes(StandardCharsets.US_ASCII);
        for (int i = 1; i + magic.length <= limit; i++) {
            if (regionEquals(b, i, magic)) {
                return true;
            }
        }
        return false;
    }

    private static String knownBinary(byte[] b) {
        if (startsWith(b, new byte[] {(byte) 0x89, 'P', 'N', 'G'})) {
            return "PNG 图像";
        }
        if (startsWith(b, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "JPEG 图像";
        }
        if (startsWith(b, "GIF8".getBytes(StandardCharsets.US_ASCII))) {
            return "GIF 图像";
        }
        if (startsWith(b, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})) {
            return "旧版 Office 文档（.doc/.xls），请另存为 .docx 或 PDF 后再提交";
        }
        if (startsWith(b, new byte[] {0x1F, (byte) 0x8B})) {
            return "gzip 压缩文件";
        }
        if (startsWith(b, "Rar!".getBytes(StandardCharsets.US_ASCII))
                || startsWith(b, new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF})) {
            return "压缩包";
        }
        if (startsWith(b, new byte[] {0x7F, 'E', 'L', 'F'}) || startsWith(b, "MZ".getBytes(StandardCharsets.US_ASCII))) {
            return "可执行文件";
        }
        if (startsWith(b, "RIFF".getBytes(StandardCharsets.US_ASCII)) || startsWith(b, "BM".getBytes(StandardCharsets.US_ASCII))
                && b.length > 14 && b[6] == 0 && b[7] == 0) {
            return "图像或音视频文件";
        }
        return null;
    }

    /**
     * UTF-16 with a BOM, or without one when the NUL bytes (from ASCII characters such as line breaks)
     * sit mostly on one side of the byte pairs and the sample decodes to plausible report text.
     */
    private static Charset utf16Of(byte[] b) {
        if (startsWith(b, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(b, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
            return StandardCharsets.UTF_16LE;
        }
        int n = Math.min(b.length, SAMPLE) & ~1;
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            evenZero += b[i] == 0 ? 1 : 0;
            oddZero += b[i + 1] == 0 ? 1 : 0;
        }
        // CJK characters such as U+4E00 put some NULs on the other side too, hence "mostly", not "only"
        int pairs = n / 2;
        Charset candidate = evenZero * 50 >= pairs && evenZero >= 3 * oddZero ? StandardCharsets.UTF_16BE
                : oddZero * 50 >= pairs && oddZero >= 3 * evenZero ? StandardCharsets.UTF_16LE : null;
        if (candidate == null) {
            return null;
        }
        String sample = new String(b, 0, n, candidate);
        int plausible = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            boolean ok = (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\r' || c == '\t'
                    || (c >= 0x3000 && c <= 0x303F) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xFF00 && c <= 0xFFEF)
                    || (c >= 0x2000 && c <= 0x206F) || (c >= 0x00A0 && c <= 0x00FF);
            plausible += ok ? 1 : 0;
        }
        return plausible * 10 >= sample.length() * 9 ? candidate : null;
    }

    /** Text in any 8-bit or multi-byte encoding (UTF-8, GBK, Big5 …) has no NUL and almost no control bytes. */
    private static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, SAMPLE);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) {
                control++;
            }
        }
        return control * 100 > n;
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        return b.length >= prefix.length && regionEquals(b, 0, prefix);
    }

    private static boolean regionEquals(byte[] b, int offset, byte[] what) {
        for (int i = 0; i < what.length; i++) {
            if (b[offset + i] != what[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] b, String ascii) {
        byte[] what = ascii.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + what.length <= b.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (b[i + j] != what[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
