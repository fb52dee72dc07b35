package io.nianbao.parse.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Reading tables published as pictures with tesseract ({@code nianbao.ocr.*}); used only when tesseract is installed. */
@ConfigMapping(prefix = "nianbao.ocr")
public interface OcrConfig {

    /** false: never run OCR, picture tables stay IMAGE_ONLY even with tesseract installed */
    @WithDefault("true")
    boolean enabled();

    /** the tesseract command (on the PATH, or a full path) */
    @WithDefault("tesseract")
    String command();

    /** tesseract processes at a time across all parses (each is single-threaded and CPU-bound) */
    @WithDefault("1")
    int maxConcurrent();

    /** longest one tesseract call may take */
    @WithDefault("60s")
    Duration callTimeout();
}
