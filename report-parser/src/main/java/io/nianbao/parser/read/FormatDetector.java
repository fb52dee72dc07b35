package io.nianbao.parser.read;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decides the format of a document from its leading bytes. A declared content type or file name can
 * only break a tie between two text formats (text vs HTML); it never makes a binary readable.
 */
final class FormatDetector {

    private static final int SNIFF_BYTES = 4096;

    private FormatDetector() {
    }

    static DocumentFormat detect(byte[] content, String fileName, String contentType) {
        if (content == null || content.length == 0) {
            return DocumentFormat.TEXT; // empty text: nothing to read, but not a wrong media type
        }
        if (startsWith(content, 0, "%PDF".getBytes(StandardCharsets.US_ASCII)) || pdfNearStart(content)) {
            return DocumentFormat.PDF;
        }
        if (startsWith(content, 0, new byte[] {'P', 'K', 3, 4}) || startsWith(content, 0, new byte[] {'P', 'K', 5, 6})) {
            // entry names are stored uncompressed in the local headers and the central directory, so the
            // bytes themselves tell whether this zip is a Word document without inflating anything
            return indexOf(content, "word/document.xml".getBytes(StandardCharsets.US_ASCII), 0) >= 0
                    ? DocumentFormat.DOCX : DocumentFormat.UNSUPPORTED;
        }
        if (startsWith(content, 0, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1})) {
            return DocumentFormat.DOC;
        }
        if (isKnownBinary(content)) {
            return DocumentFormat.UNSUPPORTED;
        }
        if (looksLikeBinary(content)) {
            return DocumentFormat.UNSUPPORTED;
        }
        if (looksLikeHtml(content)) {
            return DocumentFormat.HTML;
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if ((type.contains("html") || name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".shtml"))
                && sniffAscii(content).contains("<")) {
            return DocumentFormat.HTML;
        }
        return DocumentFormat.TEXT;
    }

    /** Some PDF writers put a few bytes of junk (or a BOM) before the header; the spec allows 1024. */
    private static boolean pdfNearStart(byte[] content) {
        byte[] header = "%PDF-".getBytes(StandardCharsets.US_ASCII);
        // only a header starting within the first 1024 bytes counts, so only those bytes are searched
        byte[] head = content.length < 1024 + header.length ? content
                : java.util.Arrays.copyOf(content, 1024 + header.length - 1);
        return indexOf(head, header, 0) >= 0;
    }

    private static boolean isKnownBinary(byte[] c) {
        return startsWith(c, 0, new byte[] {(byte) 0x89, 'P', 'N', 'G'})          // PNG
                || startsWith(c, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}) // JPEG
                || startsWith(c, 0, "GIF8".getBytes(StandardCharsets.US_ASCII))
                || startsWith(c, 0, "BM".getBytes(StandardCharsets.US_ASCII)) && c.length > 14 && c[6] == 0 && c[7] == 0
                || startsWith(c, 0, new byte[] {'I', 'I', 42, 0}) || startsWith(c, 0, new byte[] {'M', 'M', 0, 42}) // TIFF
                || startsWith(c, 0, "RIFF".getBytes(StandardCharsets.US_ASCII))
                || startsWith(c, 0, new byte[] {0x7F, 'E', 'L', 'F'})
                || startsWith(c, 0, "MZ".getBytes(StandardCharsets.US_ASCII)) && c.length > 64
                || startsWith(c, 0, new byte[] {0x1F, (byte) 0x8B})                // gzip
                || startsWith(c, 0, "Rar!".getBytes(StandardCharsets.US_ASCII))
                || startsWith(c, 0, new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF})
                || startsWith(c, 0, new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE});
    }

    /**
     * Control bytes other than whitespace are rare in any text encoding except UTF-16/32, where NULs
     * are frequent; those are left to the decoder, which judges UTF-16 by how the text reads.
     */
    private static boolean looksLikeBinary(byte[] c) {
        if (hasUtf16Bom(c)) {
            return false; // UTF-16 has NULs and other low bytes in every character of Chinese text
        }
        if (!lowBytesLikeBinary(c)) {
            return false;
        }
        // decoding the head as UTF-16 is dearer than counting bytes, so it is asked only of what looks binary
        return !TextDecoder.looksLikeUtf16(c);
    }

    private static boolean lowBytesLikeBinary(byte[] c) {
        int n = Math.min(c.length, SNIFF_BYTES);
        int control = 0;
        int nul = 0;
        for (int i = 0; i < n; i++) {
            int b = c[i] & 0xFF;
            if (b == 0) {
                nul++;
            } else if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        if (nul > 0) {
            return true;
        }
        return control > n / 20 + 2;
    }

    private static boolean hasUtf16Bom(byte[] c) {
        return c.length >= 2 && ((c[0] == (byte) 0xFF && c[1] == (byte) 0xFE) || (c[0] == (byte) 0xFE && c[1] == (byte) 0xFF));
    }

    /**
     * A whole page declares itself (doctype, html, body, head, table); a fragment must at least start
     * with markup. A plain text that merely mentions "<br>" somewhere stays text, so its lines survive.
     */
    private static boolean looksLikeHtml(byte[] content) {
        String head = sniffAscii(content).toLowerCase(Locale.ROOT);
        if (head.contains("<!doctype html") || head.contains("<html") || head.contains("<body")
                || head.contains("<head") || head.contains("<table")) {
            return true;
        }
        String start = head.startsWith("???") && content.length > 2 && (content[0] & 0xFF) == 0xEF
                ? head.substring(3).strip() : head.strip(); // after a UTF-8 BOM
        return start.startsWith("<") && (start.startsWith("<p") || start.startsWith("<div") || start.startsWith("<br")
                || start.startsWith("<meta") || start.startsWith("<span") || start.startsWith("<h")
                || start.startsWith("<!--") || start.startsWith("<section") || start.startsWith("<article"));
    }

    /** The first bytes with NULs dropped, so UTF-16 markup is recognised too. */
    private static String sniffAscii(byte[] content) {
        int n = Math.min(content.length, SNIFF_BYTES);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            int b = content[i] & 0xFF;
            if (b != 0) {
                sb.append(b < 0x80 ? (char) b : '?');
            }
        }
        return sb.toString();
    }

    static boolean startsWith(byte[] c, int offset, byte[] prefix) {
        if (c.length - offset < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (c[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static int indexOf(byte[] c, byte[] needle, int from) {
        outer:
        for (int i = from; i <= c.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (c[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
