package io.nianbao.ingest.service;

import java.nio.charset.StandardCharsets;

/**
 * The picture formats a table picture comes in, recognised from the leading bytes (the declared type and the
 * file name are often wrong). A picture is never a report by itself: it goes with the HTML page that shows it.
 */
public enum PictureKind {
    PNG("image/png", "PNG 图像"),
    JPEG("image/jpeg", "JPEG 图像"),
    GIF("image/gif", "GIF 图像"),
    BMP("image/bmp", "BMP 图像"),
    TIFF("image/tiff", "TIFF 图像"),
    WEBP("image/webp", "WebP 图像");

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final String mediaType;
    private final String description;

    PictureKind(String mediaType, String description) {
        this.mediaType = mediaType;
        this.description = description;
    }

    public String mediaType() {
        return mediaType;
    }

    public String description() {
        return description;
    }

    /** @return the picture format of these bytes, or null when they are not a picture */
    public static PictureKind sniff(byte[] b) {
        if (b == null) {
            return null;
        }
        if (startsWith(b, 0, PNG_MAGIC)) {
            return PNG;
        }
        if (startsWith(b, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return JPEG;
        }
        if (startsWith(b, 0, ascii("GIF87a")) || startsWith(b, 0, ascii("GIF89a"))) {
            return GIF;
        }
        if (startsWith(b, 0, new byte[] {'I', 'I', 42, 0}) || startsWith(b, 0, new byte[] {'M', 'M', 0, 42})) {
            return TIFF;
        }
        if (startsWith(b, 0, ascii("RIFF")) && startsWith(b, 8, ascii("WEBP"))) {
            return WEBP;
        }
        if (isBmp(b)) {
            return BMP;
        }
        return null;
    }

    /** "BM" alone starts many a text; a BMP also has a known DIB header size at offset 14 */
    private static boolean isBmp(byte[] b) {
        if (b.length < 18 || b[0] != 'B' || b[1] != 'M') {
            return false;
        }
        int dibHeader = (b[14] & 0xFF) | (b[15] & 0xFF) << 8 | (b[16] & 0xFF) << 16 | (b[17] & 0xFF) << 24;
        return dibHeader == 12 || dibHeader == 40 || dibHeader == 52 || dibHeader == 56 || dibHeader == 64
                || dibHeader == 108 || dibHeader == 124;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean startsWith(byte[] b, int offset, byte[] prefix) {
        if (b.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
