package io.nianbao.ingest.service;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import io.nianbao.ingest.rest.Problem;

/**
 * The answer for one document. {@code status} is ACCEPTED (new, durably in Kafka), DUPLICATE (these
 * bytes were ingested before, nothing published), REJECTED (with a problem) or, for a picture pushed with its
 * HTML page, ATTACHED (it went with the page whose reportId is given). A page with pictures lists them in
 * {@code attachments}; {@code notes} say what the client may want to know (e.g. a picture left out, and why).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"fileName", "reportId", "status", "httpStatus", "attachments", "notes", "problem"})
public record IngestResult(String fileName, String reportId, String status, Integer httpStatus,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> attachments,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> notes, Problem problem) {
    public static final String ACCEPTED = "ACCEPTED";
    public static final String DUPLICATE = "DUPLICATE";
    public static final String REJECTED = "REJECTED";
    public static final String ATTACHED = "ATTACHED";

    public IngestResult {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public IngestResult(String fileName, String reportId, String status, Integer httpStatus, Problem problem) {
        this(fileName, reportId, status, httpStatus, List.of(), List.of(), problem);
    }

    public static IngestResult accepted(String fileName, String reportId) {
        return new IngestResult(fileName, reportId, ACCEPTED, 202, null);
    }

    public static IngestResult duplicate(String fileName, String reportId) {
        return new IngestResult(fileName, reportId, DUPLICATE, 200, null);
    }

    public static IngestResult rejected(String fileName, Problem problem) {
        return new IngestResult(fileName, null, REJECTED, problem.status(), problem);
    }

    /** a picture that went with the page of {@code reportId} */
    public static IngestResult attached(String fileName, String reportId) {
        return new IngestResult(fileName, reportId, ATTACHED, 200, null);
    }

    @JsonIgnore
    public boolean isAccepted() {
        return ACCEPTED.equals(status);
    }

    /** the page is in the system (now or before): its pictures went with it */
    @JsonIgnore
    public boolean isIn() {
        return ACCEPTED.equals(status) || DUPLICATE.equals(status);
    }

    public IngestResult withAttachments(List<String> names) {
        return new IngestResult(fileName, reportId, status, httpStatus, names, notes, problem);
    }

    public IngestResult withNotes(List<String> moreNotes) {
        List<String> all = new ArrayList<>(notes);
        all.addAll(moreNotes);
        return new IngestResult(fileName, reportId, status, httpStatus, attachments, all, problem);
    }
}
