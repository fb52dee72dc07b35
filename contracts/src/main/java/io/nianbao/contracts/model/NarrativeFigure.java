package io.nianbao.contracts.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A figure the prose states about a table quantity. {@code value} is the figure as stated
 * (589.19万件 → 5891900). The optional extras say how precisely it was stated, so that a
 * comparison honours it: {@code tolerance} (±, e.g. 50 for 589.19万) and {@code atLeast}
 * ("4000余件" means ≥ 4000).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"metric", "value", "quote", "tolerance", "atLeast", "offset"})
public class NarrativeFigure {
    public String metric;
    public Number value;
    public String quote;
    public Double tolerance;
    public Boolean atLeast;
    /** character offset of the quote in the text the parser read (evidence), when known */
    public Integer offset;

    public NarrativeFigure() {}

    public NarrativeFigure(String metric, Number value, String quote) {
        this.metric = metric;
        this.value = value;
        this.quote = quote;
    }
}
