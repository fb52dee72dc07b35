package io.nianbao.parser.image;

import java.util.Optional;

/**
 * The hook through which a table published as a picture is read (OCR). The parser works without one: then
 * such tables stay IMAGE_ONLY. The module {@code report-ocr} provides an implementation backed by Tesseract;
 * pass it to {@code new ReportParser(reader)}. Implementations must be thread-safe and must not throw.
 */
public interface ImageTableReader {

    /**
     * @param image the picture's bytes (PNG, JPEG, GIF, BMP …)
     * @param name  where it came from, for notes ("0005.jpg", "p3-Im1.png", "data:image/png #2")
     * @return the table the picture holds, or empty when it holds no readable table
     */
    Optional<ImageTable> read(byte[] image, String name);
}
