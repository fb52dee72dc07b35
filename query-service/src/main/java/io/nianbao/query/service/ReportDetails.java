package io.nianbao.query.service;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.query.repository.IssueRecord;
import io.nianbao.query.repository.ReportRecord;
import io.quarkus.panache.common.Sort;

/** Builds the JSON of one report for GET /api/reports/{id}. */
@ApplicationScoped
public class ReportDetails {
    private final ObjectMapper mapper = JsonCodec.mapper();

    @jakarta.inject.Inject
    IssueReviews reviews;

    @jakarta.inject.Inject
    ReportVersions versions;

    public ObjectNode of(ReportRecord r) {
        ObjectNode out = mapper.createObjectNode();
        out.put("reportId", r.reportId);
        out.put("title", r.title);
        out.put("organization", r.organization);
        out.put("normalizedOrganization", r.normalizedOrganization);
        out.putPOJO("year", r.year);
        out.put("template", r.template);
        out.put("status", r.status.name());
        // corrections: the version shown (1 = as parsed) and how many there are (GET …/versions)
        int version = versions.current(r.reportId);
        out.put("version", version);
        out.put("versions", r.parsedReport == null ? 0 : version);
        ObjectNode times = out.putObject("timestamps");
        times.put("receivedAt", str(r.receivedAt));
        times.put("parsedAt", str(r.parsedAt));
        times.put("validatedAt", str(r.validatedAt));
        ObjectNode source = out.putObject("source");
        source.put("fileName", r.fileName);
        source.put("contentType", r.contentType);
        source.putPOJO("size", r.sizeBytes);
        source.put("sha256", r.sha256);
        source.put("sourceUrl", r.sourceUrl);
        source.put("batchId", r.batchId);
        ObjectNode tableStatus = out.putObject("tableStatus");
        tableStatus.put("activeDisclosure", r.activeDisclosureStatus);
        tableStatus.put("applications", r.applicationsStatus);
        tableStatus.put("reviewLitigation", r.reviewLitigationStatus);
        JsonNode parsed = r.parsedReport == null ? null : read(r.parsedReport);
        out.set("tables", parsed == null ? null : parsed.get("tables"));
        out.set("narrative", parsed == null ? mapper.createArrayNode() : parsed.path("narrative"));
        if (parsed != null) {
            for (String extra : new String[] {"sections", "inferredCells", "invalidCells", "cells", "notes"}) {
                if (parsed.has(extra)) {
                    out.set(extra, parsed.get(extra));
                }
            }
        }
        ObjectNode counts = out.putObject("issueCounts");
        counts.put("ERROR", r.errorCount);
        counts.put("WARNING", r.warningCount);
        counts.put("INFO", r.infoCount);
        ObjectNode validation = out.putObject("validation");
        validation.putPOJO("revision", r.validationRevision);
        validation.put("reason", r.validationReason);
        validation.putPOJO("eventSeq", r.validationSeq);
        if (r.isValidated()) {
            validation.put("version", versions.validatedVersion(r)); // lags behind "version" until the correction is validated
        }
        ArrayNode issues = out.putArray("issues");
        var reviewed = reviews.of(r.reportId);
        for (IssueRecord i : IssueRecord.<IssueRecord>list("reportId", Sort.by("id"), r.reportId)) {
            ObjectNode n = issues.addObject();
            n.put("code", i.code);
            n.put("severity", i.severity);
            n.put("path", i.path);
            n.put("expected", i.expected);
            n.put("actual", i.actual);
            n.put("message", i.message);
            var review = reviewed.get(IssueReviews.key(i.code, i.path));
            n.put("review", review == null ? ReviewState.OPEN.name() : review.state);
            if (review != null) {
                n.put("reviewComment", review.comment);
                n.put("reviewer", review.reviewer);
            }
        }
        return out;
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
