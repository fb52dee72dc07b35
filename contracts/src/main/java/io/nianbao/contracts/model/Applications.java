package io.nianbao.contracts.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Table 3 (收到和处理政府信息公开申请情况). Every row has 7 cells in {@link #COLUMNS} order;
 * a blank cell is {@code null}. Only a PRESENT table carries rows (the others serialise as
 * {@code {"status": ...}} alone).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"status", "source", "newReceived", "carriedOver", "granted", "partiallyGranted", "denied", "unavailable",
        "notProcessed", "otherHandling", "total", "carriedForward"})
public class Applications {
    public static final List<String> COLUMNS =
            List.of("naturalPerson", "commercial", "research", "nonProfit", "legalService", "otherOrg", "total");
    public static final int COLUMN_COUNT = 7;
    public static final int TOTAL_COLUMN = 6;

    public static final List<String> DENIED_ROWS = List.of("stateSecret", "prohibitedByLaw", "endangersSecurity",
            "thirdPartyRights", "internalAffairs", "processInformation", "enforcementRecords", "administrativeQuery");
    public static final List<String> UNAVAILABLE_ROWS = List.of("notHeld", "requiresCreation", "unclear");
    public static final List<String> NOT_PROCESSED_ROWS =
            List.of("petition", "duplicate", "publication", "excessive", "confirmation");
    public static final List<String> OTHER_HANDLING_ROWS_2019 = List.of("other");
    public static final List<String> OTHER_HANDLING_ROWS_2021 = List.of("noCorrection", "feeUnpaid", "other");

    public TableStatus status;

    /** "OCR" ({@link ActiveDisclosure#SOURCE_OCR}) when the cells were read from a picture of the table; null when read from text */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public String source;
    public List<Long> newReceived;
    public List<Long> carriedOver;
    public List<Long> granted;
    public List<Long> partiallyGranted;
    public Map<String, List<Long>> denied;
    public Map<String, List<Long>> unavailable;
    public Map<String, List<Long>> notProcessed;
    public Map<String, List<Long>> otherHandling;
    public List<Long> total;
    public List<Long> carriedForward;

    public Applications() {}

    public Applications(TableStatus status) {
        this.status = status;
    }

    /** A PRESENT table of the given template with every cell blank, ready to be filled. */
    public static Applications blank(String template) {
        Applications t = new Applications(TableStatus.PRESENT);
        t.newReceived = blankRow();
        t.carriedOver = blankRow();
        t.granted = blankRow();
        t.partiallyGranted = blankRow();
        t.denied = blankGroup(DENIED_ROWS);
        t.unavailable = blankGroup(UNAVAILABLE_ROWS);
        t.notProcessed = blankGroup(NOT_PROCESSED_ROWS);
        t.otherHandling = blankGroup(Template.T2021.equals(template) ? OTHER_HANDLING_ROWS_2021 : OTHER_HANDLING_ROWS_2019);
        t.total = blankRow();
        t.carriedForward = blankRow();
        return t;
    }

    public static List<Long> blankRow() {
        return new ArrayList<>(Arrays.asList(new Long[COLUMN_COUNT]));
    }

    private static Map<String, List<Long>> blankGroup(List<String> rows) {
        Map<String, List<Long>> group = new LinkedHashMap<>();
        rows.forEach(r -> group.put(r, blankRow()));
        return group;
    }
}
