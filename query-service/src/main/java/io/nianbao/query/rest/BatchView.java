package io.nianbao.query.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One batch (documents pushed with the same batchId). {@code received} = reports + documents refused at ingest;
 * {@code parsed}/{@code validated} count reports; {@code failed} = refused documents + reports none of whose
 * tables could be read. {@code failures} say why, {@code reports} list the reports (failed first).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"batchId", "received", "accepted", "parsed", "validated", "failed", "firstAt", "lastAt", "url",
        "failures", "reports"})
public record BatchView(String batchId, long received, long accepted, long parsed, long validated, long failed,
        String firstAt, String lastAt, String url, List<Failure> failures, List<Member> reports) {

    /**
     * Why a document of the batch failed: {@code stage} INGEST (refused, never a report: {@code httpStatus} is what the
     * pusher got) or PARSE (a report whose tables could not be read, {@code reportId} set).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"stage", "fileName", "reportId", "httpStatus", "reason", "at"})
    public record Failure(String stage, String fileName, String reportId, Integer httpStatus, String reason, String at) {
    }

    /** a report of the batch */
    @JsonPropertyOrder({"reportId", "fileName", "status", "organization", "year", "errors", "warnings", "failed"})
    public record Member(String reportId, String fileName, String status, String organization, Integer year, int errors,
            int warnings, boolean failed) {
    }
}
