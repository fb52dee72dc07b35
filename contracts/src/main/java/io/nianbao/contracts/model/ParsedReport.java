package io.nianbao.contracts.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The canonical JSON of one parsed report (shared/spec/parsed-report.md). The spec's fields are
 * always written (null included); the extras after them only when they hold something.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"schemaVersion", "title", "organization", "year", "template", "tables", "narrative",
        "sections", "inferredCells", "invalidCells", "cells", "notes"})
public class ParsedReport {
    public static final int SCHEMA_VERSION = 1;

    public int schemaVersion = SCHEMA_VERSION;
    public String title;
    public String organization;
    public Integer year;
    public String template;
    public Tables tables = new Tables();
    public List<NarrativeFigure> narrative = new ArrayList<>();

    /**
     * which of the six parts (一 … 六) the parser found, as numbers 1–6; null when the parser did not
     * look (then S_SECTION_MISSING cannot be judged)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public List<Integer> sections;

    /** paths of cells whose value was decided by the table's own arithmetic, not read directly */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public List<String> inferredCells = new ArrayList<>();

    /** path → raw text of cells that hold something other than a non-negative integer (S_CELL_INVALID) */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public Map<String, String> invalidCells = new LinkedHashMap<>();

    /** evidence for each table cell, by path ({@code applications.newReceived[0]}, {@code activeDisclosure.fees.change}) */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public Map<String, CellEvidence> cells = new LinkedHashMap<>();

    /** what the parser wants a reader to know (unsure encoding, unreadable input, time limit hit …) */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public List<String> notes = new ArrayList<>();
}
