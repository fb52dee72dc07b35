package io.nianbao.parse.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.nianbao.ocr.Tesseract;
import io.nianbao.ocr.TesseractTableReader;
import io.nianbao.parse.config.OcrConfig;
import io.nianbao.parser.image.ImageTableReader;

/**
 * Whether this service can read tables published as pictures: tesseract with Simplified Chinese is looked for
 * once at start. Without it the service works as before and such tables stay IMAGE_ONLY; /q/health says which.
 */
@ApplicationScoped
public class OcrSupport {
    private static final Logger LOG = Logger.getLogger(OcrSupport.class);

    private final TesseractTableReader reader;
    private final String state;

    public OcrSupport(OcrConfig config) {
        if (!config.enabled()) {
            reader = null;
            state = "disabled (nianbao.ocr.enabled=false)";
        } else {
            TesseractTableReader r = new TesseractTableReader(
                    new Tesseract(config.command(), config.callTimeout(), config.maxConcurrent()));
            reader = r.available() ? r : null;
            state = reader != null ? "available (" + config.command() + ", chi_sim)"
                    : "unavailable: '" + config.command() + "' with chi_sim not found (apt-get install tesseract-ocr tesseract-ocr-chi-sim)";
        }
        LOG.infof("OCR of picture tables: %s", state);
    }

    /** the reader, or null when OCR is off or unavailable */
    public ImageTableReader reader() {
        return reader;
    }

    public boolean available() {
        return reader != null;
    }

    public String state() {
        return state;
    }
}
