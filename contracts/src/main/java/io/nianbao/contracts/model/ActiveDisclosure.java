package io.nianbao.contracts.model;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Table 2 (主动公开政府信息情况). Its rows differ between the templates, so they are kept as
 * named groups of named figures, serialised flat next to {@code status}:
 * {@code {"status":"PRESENT","regulations":{"made":2,...},...}}. Counts are {@link Long},
 * money ({@code amountWan}) is {@link Double}, a blank cell is {@code null}.
 */
@JsonPropertyOrder({"status", "source"})
public class ActiveDisclosure {
    // 2019 template groups and fields
    public static final String REGULATIONS = "regulations";
    public static final String NORMATIVE_DOCUMENTS = "normativeDocuments";
    public static final String LICENSING = "licensing";
    public static final String OTHER_SERVICES = "otherServices";
    public static final String PENALTIES = "penalties";
    public static final String ENFORCEMENT = "enforcement";
    public static final String FEES = "fees";
    public static final String PROCUREMENT = "procurement";

    public static final String MADE = "made";
    public static final String PUBLISHED = "published";
    public static final String TOTAL_PUBLISHED = "totalPublished";
    public static final String PREVIOUS_COUNT = "previousCount";
    public static final String CHANGE = "change";
    public static final String DECISIONS = "decisions";
    public static final String PROJECTS = "projects";
    public static final String AMOUNT_WAN = "amountWan";
    // 2021 template fields
    public static final String ISSUED = "issued";
    public static final String REPEALED = "repealed";
    public static final String IN_FORCE = "inForce";

    public TableStatus status;

    /** "OCR" when the cells were read from a picture of the table; null when read from text */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public String source;

    /** the value of {@code source} for a table read from a picture */
    public static final String SOURCE_OCR = "OCR";

    @JsonIgnore
    public final Map<String, Map<String, Number>> groups = new LinkedHashMap<>();

    public ActiveDisclosure() {}

    public ActiveDisclosure(TableStatus status) {
        this.status = status;
    }

    @JsonAnyGetter
    public Map<String, Map<String, Number>> groups() {
        return groups;
    }

    @JsonAnySetter
    public void putGroup(String name, Map<String, Number> figures) {
        groups.put(name, figures == null ? null : new LinkedHashMap<>(figures));
    }

    /** The figure {@code group.field}, or null when the group or the cell is absent or blank. */
    public Number figure(String group, String field) {
        Map<String, Number> figures = groups.get(group);
        return figures == null ? null : figures.get(field);
    }

    /** Sets a figure, creating its group (in insertion order) if needed. */
    public ActiveDisclosure set(String group, String field, Number value) {
        groups.computeIfAbsent(group, g -> new LinkedHashMap<>()).put(field, value);
        return this;
    }
}
