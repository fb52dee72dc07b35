package io.nianbao.parse.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports in /q/health whether picture tables are read (OCR). Always UP: without tesseract the service still
 * parses every report, only picture tables stay IMAGE_ONLY.
 */
@Readiness
@ApplicationScoped
public class OcrHealthCheck implements HealthCheck {
    private final OcrSupport ocr;

    public OcrHealthCheck(OcrSupport ocr) {
        this.ocr = ocr;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("ocr").up().withData("available", ocr.available()).withData("state", ocr.state()).build();
    }
}
