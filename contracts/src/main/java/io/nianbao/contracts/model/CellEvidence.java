package io.nianbao.contracts.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Where a table cell's figure came from: the text as printed ("—", "1,344", "增44"), what it means,
 * and its place in the text the parser read ({@code ReadDocument.text}): character offset and length,
 * and the page for PDFs. Offset and length are null when the cell was inferred, not read. A cell read from a
 * picture by OCR also carries {@code confidence} (0–1) and {@code confirmed}: true when its figure was checked
 * (its row adds up, or a second reading gave the same digits); both are null for cells read from text.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"raw", "meaning", "offset", "length", "page", "confidence", "confirmed"})
public record CellEvidence(String raw, Meaning meaning, Integer offset, Integer length, Integer page, Double confidence,
                           Boolean confirmed) {

    /** A cell read from text (no OCR confidence). */
    public CellEvidence(String raw, Meaning meaning, Integer offset, Integer length, Integer page) {
        this(raw, meaning, offset, length, page, null, null);
    }

    /** This evidence with the OCR's confidence and confirmation. */
    public CellEvidence withOcr(double confidence, boolean confirmed) {
        return new CellEvidence(raw, meaning, offset, length, page, confidence, confirmed);
    }

    public enum Meaning {
        /** a number */
        NUMERIC,
        /** the digit 0 */
        ZERO,
        /** nothing printed */
        EMPTY,
        /** a placeholder such as - — / 无, read as 0 */
        NA,
        /** words where a number belongs */
        TEXT
    }
}
