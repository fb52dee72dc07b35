package io.nianbao.query.rest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.query.repository.BatchRepository;

/** Batches: what became of the documents pushed together (`./nianbao push` gives each run a batchId). */
@Path("/api/batches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "batches", description = "批次 Documents pushed together")
public class BatchResource {
    static final int MAX_LISTED = 1000;

    @Inject
    BatchRepository batches;

    @GET
    @Operation(summary = "Recent batches, newest first, with their counts")
    public List<BatchView> recent(@Parameter(description = "how many, 1–100 (default 20)") @QueryParam("limit") String limit) {
        int n = limit == null || limit.isBlank() ? 20 : parseLimit(limit);
        return batches.recent(n).stream().map(c -> view(c, null, null)).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One batch: received / parsed / validated / failed counts, the failures with their reasons, its reports")
    public BatchView get(@PathParam("id") String id) {
        BatchRepository.Counts counts = id == null ? null : batches.counts(id);
        if (counts == null) {
            throw ProblemException.notFound("没有这个批次 no batch " + id);
        }
        List<BatchView.Failure> failures = new ArrayList<>();
        for (BatchRepository.Rejection r : batches.rejections(id, MAX_LISTED)) {
            failures.add(new BatchView.Failure("INGEST", r.fileName(), null, r.httpStatus(), r.reason(), str(r.at())));
        }
        List<BatchView.Member> members = new ArrayList<>();
        for (BatchRepository.Member m : batches.members(id, MAX_LISTED)) {
            members.add(new BatchView.Member(m.reportId(), m.fileName(), m.status(), m.organization(), m.year(), m.errors(),
                    m.warnings(), m.failed()));
            if (m.failed()) {
                failures.add(new BatchView.Failure("PARSE", m.fileName(), m.reportId(), null, unreadable(m), str(m.receivedAt())));
            }
        }
        return view(counts, failures, members);
    }

    private static BatchView view(BatchRepository.Counts c, List<BatchView.Failure> failures, List<BatchView.Member> members) {
        return new BatchView(c.batchId(), c.reports() + c.rejected(), c.reports(), c.parsed(), c.validated(),
                c.rejected() + c.failedReports(), str(c.firstAt()), str(c.lastAt()),
                "/api/batches/" + java.net.URLEncoder.encode(c.batchId(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"),
                failures,
                members);
    }

    /** why no table could be read: the parser's notes, else the tables' states */
    static String unreadable(BatchRepository.Member m) {
        StringBuilder reason = new StringBuilder("未能读取任何统计表格（表二 / 表三 / 表四：").append(m.tableStatuses()).append("）");
        try {
            JsonNode notes = m.notesJson() == null ? null : JsonCodec.mapper().readTree(m.notesJson());
            if (notes != null && notes.isArray()) {
                for (JsonNode note : notes) {
                    reason.append("；").append(note.asText());
                }
            }
        } catch (IOException e) {
            // the notes are only an explanation; the reason stands without them
        }
        return reason.toString();
    }

    private static int parseLimit(String raw) {
        try {
            int n = Integer.parseInt(raw.trim());
            if (n >= 1 && n <= 100) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the 400
        }
        throw ProblemException.badRequest("limit must be an integer between 1 and 100: " + raw);
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
