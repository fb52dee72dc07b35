package io.nianbao.query.rest;

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

import io.nianbao.query.repository.ReportSourceRepository;

/**
 * Evidence: the text a report was parsed from, a window at a time around the span of a cell or a prose
 * figure ({@code cells[path].offset/length}, {@code narrative[i].offset}). The whole text (up to the size
 * of the document) is only sent when asked for with {@code source.txt}.
 */
@Path("/api/reports")
@Tag(name = "reports", description = "报告 Reports of the read model")
public class ReportSourceResource {
    static final int DEFAULT_CONTEXT = 200;
    static final int MAX_CONTEXT = 20_000;
    static final int MAX_LENGTH = 20_000;

    @Inject
    ReportSourceRepository sources;

    @GET
    @Path("/{id}/source")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A window of the text the report was parsed from, around a span (evidence of a cell or figure)",
            description = "text = the source from start to end; the span is text.substring(offset - start, offset - start + length). "
                    + "Offsets count UTF-16 code units, as in cells[…].offset.")
    public SourceWindow window(@PathParam("id") String id,
            @Parameter(description = "start of the span (character offset), default 0") @QueryParam("offset") String offset,
            @Parameter(description = "length of the span, default 0, at most 20000") @QueryParam("length") String length,
            @Parameter(description = "characters shown before and after the span, default 200, at most 20000") @QueryParam("context") String context) {
        ReportResource.find(id);
        int o = nonNegative("offset", offset, 0, Integer.MAX_VALUE);
        int l = nonNegative("length", length, 0, MAX_LENGTH);
        int c = nonNegative("context", context, DEFAULT_CONTEXT, MAX_CONTEXT);
        int start = Math.max(0, o - c);
        long count = (long) o + l + c - start;
        ReportSourceRepository.Window w = sources.window(id, start, (int) Math.min(Integer.MAX_VALUE, count));
        if (w == null) {
            throw ProblemException.notFound("这份报告没有保存解析时读取的原文 no source text stored for report " + id);
        }
        if ((long) o + l > w.textLength()) {
            throw ProblemException.badRequest("offset + length (" + ((long) o + l) + ") is past the end of the text ("
                    + w.textLength() + " characters)");
        }
        return new SourceWindow(id, w.textLength(), o, l, start, start + w.text().length(), w.text());
    }

    @GET
    @Path("/{id}/source.txt")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    @Operation(summary = "The whole text the report was parsed from (may be as large as the document)")
    public String whole(@PathParam("id") String id) {
        ReportResource.find(id);
        String text = sources.whole(id);
        if (text == null) {
            throw ProblemException.notFound("这份报告没有保存解析时读取的原文 no source text stored for report " + id);
        }
        return text;
    }

    private static int nonNegative(String name, String raw, int fallback, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < 0 || value > max) {
                throw ProblemException.badRequest(name + " must be between 0 and " + max + ": " + raw);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name + " must be an integer: " + raw);
        }
    }
}
