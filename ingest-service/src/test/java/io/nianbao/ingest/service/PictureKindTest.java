package io.nianbao.ingest.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** Pictures are known by their bytes, whatever they are called; texts that happen to start alike are not pictures. */
class PictureKindTest {

    @Test
    void picturesWrittenByImageIoAreKnown() throws IOException {
        assertEquals(PictureKind.PNG, PictureKind.sniff(write("png")));
        assertEquals(PictureKind.JPEG, PictureKind.sniff(write("jpeg")));
        assertEquals(PictureKind.GIF, PictureKind.sniff(write("gif")));
        assertEquals(PictureKind.BMP, PictureKind.sniff(write("bmp")));
        assertEquals(PictureKind.TIFF, PictureKind.sniff(write("tiff")));
    }

    @Test
    void webpAndBigEndianTiffByTheirSignatures() {
        byte[] webp = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(PictureKind.WEBP, PictureKind.sniff(webp));
        assertEquals(PictureKind.TIFF, PictureKind.sniff(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8}));
        assertNull(PictureKind.sniff("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1)), "a WAV is no picture");
    }

    @Test
    void documentsAndLookAlikesAreNotPictures() {
        assertNull(PictureKind.sniff(null));
        assertNull(PictureKind.sniff(new byte[0]));
        assertNull(PictureKind.sniff("BM 公司 2020 年度报告：一、总体情况".getBytes(StandardCharsets.UTF_8)));
        assertNull(PictureKind.sniff("<html><img src=\"a.png\"></html>".getBytes(StandardCharsets.UTF_8)));
        assertNull(PictureKind.sniff("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
        assertNull(PictureKind.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0}), "half a PNG signature");
    }

    private static byte[] write(String format) throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, format, out)) {
            throw new IllegalStateException("no writer for " + format);
        }
        return out.toByteArray();
    }
}
