package io.nianbao.contracts.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Table 4 (行政复议、行政诉讼情况): three groups of 5 cells {@link #COLUMNS}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"status", "source", "administrativeReview", "litigationDirect", "litigationAfterReview"})
public class ReviewLitigation {
    public static final List<String> COLUMNS = List.of("upheld", "corrected", "other", "pending", "total");
    public static final List<String> GROUPS = List.of("administrativeReview", "litigationDirect", "litigationAfterReview");
    public static final int COLUMN_COUNT = 5;
    public static final int TOTAL_COLUMN = 4;

    public TableStatus status;

    /** "OCR" ({@link ActiveDisclosure#SOURCE_OCR}) when the cells were read from a picture of the table; null when read from text */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public String source;
    public List<Long> administrativeReview;
    public List<Long> litigationDirect;
    public List<Long> litigationAfterReview;

    public ReviewLitigation() {}

    public ReviewLitigation(TableStatus status) {
        this.status = status;
    }

    public List<Long> group(String name) {
        return switch (name) {
            case "administrativeReview" -> administrativeReview;
            case "litigationDirect" -> litigationDirect;
            case "litigationAfterReview" -> litigationAfterReview;
            default -> throw new IllegalArgumentException("no Table 4 group " + name);
        };
    }
}
