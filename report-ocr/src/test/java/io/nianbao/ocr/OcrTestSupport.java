package io.nianbao.ocr;

import static org.junit.jupiter.api.Assertions.fail;

/** The tests read real pictures with the real tesseract: CI installs it (.ci/run), so a missing one is a failure. */
final class OcrTestSupport {
    private static TesseractTableReader reader;

    private OcrTestSupport() {}

    static synchronized TesseractTableReader reader() {
        if (reader == null) {
            TesseractTableReader r = TesseractTableReader.onPath(1);
            if (!r.available()) {
                fail("tesseract with Simplified Chinese is not installed: apt-get install tesseract-ocr tesseract-ocr-chi-sim "
                        + "fonts-noto-cjk (see .ci/run)");
            }
            reader = r;
        }
        return reader;
    }
}
