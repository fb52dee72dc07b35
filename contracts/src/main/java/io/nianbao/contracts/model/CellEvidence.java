package io.nianbao.contracts.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Where a table cell's figure came from: the text as printed ("—", "1,344", "增44"), what it means,
 * and its place in the text the parser read ({@code ReadDocument.text}): character offset and length,
 * and the page for PDFs. Offset and length are null when the cell was inferred, not read.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"raw", "meaning", "offset", "length", "page"})
public record CellEvidence(String raw, Meaning meaning, Integer offset, Integer length, Integer page) {

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
