package io.nianbao.ingest.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import io.nianbao.ingest.rest.Problem;

/**
 * The answer for one document. {@code status} is ACCEPTED (new, durably in Kafka), DUPLICATE (these
 * bytes were ingested before, nothing published) or REJECTED (with a problem).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"fileName", "reportId", "status", "httpStatus", "problem"})
public record IngestResult(String fileName, String reportId, String status, Integer httpStatus, Problem problem) {
    public static final String ACCEPTED = "ACCEPTED";
    public static final String DUPLICATE = "DUPLICATE";
    public static final String REJECTED = "REJECTED";

    public static IngestResult accepted(String fileName, String reportId) {
        return new IngestResult(fileName, reportId, ACCEPTED, 202, null);
    }

    public static IngestResult duplicate(String fileName, String reportId) {
        return new IngestResult(fileName, reportId, DUPLICATE, 200, null);
    }

    public static IngestResult rejected(String fileName, Problem problem) {
        return new IngestResult(fileName, null, REJECTED, problem.status(), problem);
    }

    public boolean isAccepted() {
        return ACCEPTED.equals(status);
    }
}
