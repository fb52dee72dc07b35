package io.nianbao.ingest.rest;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.nianbao.ingest.config.IngestConfig;
import io.nianbao.ingest.fetch.SourceFetcher;
import io.nianbao.ingest.service.BatchRejections;
import io.nianbao.ingest.service.IngestException;
import io.nianbao.ingest.service.IngestResult;
import io.nianbao.ingest.service.IngestService;
import io.nianbao.ingest.service.MultipartPush;
import io.nianbao.ingest.service.PushedDocument;
import io.nianbao.ingest.service.SourceHints;
import io.smallrye.common.annotation.Blocking;

/** {@code POST /api/reports}: a document as the body, several as multipart, or a URL to fetch. */
@Path("/api/reports")
@RequiresWriteToken
@Produces(MediaType.APPLICATION_JSON)
public class ReportIngestResource {
    static final int MULTI_STATUS = 207;

    private final IngestService ingest;
    private final SourceFetcher fetcher;
    private final IngestConfig config;
    private final BatchRejections rejections;
    private final MultipartPush multipart;

    public ReportIngestResource(IngestService ingest, SourceFetcher fetcher, IngestConfig config,
            BatchRejections rejections, MultipartPush multipart) {
        this.ingest = ingest;
        this.fetcher = fetcher;
        this.config = config;
        this.rejections = rejections;
        this.multipart = multipart;
    }

    @POST
    @Blocking
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Push one report document (any format and charset), or only a sourceUrl to fetch "
            + "(an HTML page's pictures are fetched with it)")
    public Response pushBody(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @RestQuery String organization, @RestQuery String year, @RestQuery String sourceUrl,
            @RestQuery String batchId, @RestQuery String fileName) {
        SourceHints hints = hints(organization, year, sourceUrl, batchId);
        PushedDocument document;
        if ((body == null || body.length == 0) && hasText(sourceUrl)) {
            document = fetcher.fetch(sourceUrl.trim(), hints);
        } else {
            document = new PushedDocument(body, fileName, contentType, hints);
        }
        try {
            return single(ingest.ingest(document));
        } catch (IngestException e) {
            // a refused document of a batch still belongs to the batch: record why
            rejections.record(fileName, contentType, body == null ? 0 : body.length, hints, e.problem());
            throw e;
        }
    }

    @POST
    @Blocking
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Push several documents as multipart 'file' parts, an HTML page together with its pictures; "
            + "answers 207 with one result per file",
            description = "Each document part is a report (ACCEPTED, DUPLICATE or REJECTED). A part that is a picture "
                    + "(PNG, JPEG, GIF, BMP, TIFF, WebP) goes with every HTML page of the request whose <img src> names "
                    + "it by base name, so that its tables can be read by OCR: the picture is ATTACHED with the page's "
                    + "reportId, or REJECTED when no page refers to it. A page with pictures is a report of its own "
                    + "(reportId from the page and its pictures), and the page plus its pictures must stay within the "
                    + "document size limit.")
    public Response pushFiles(@RestForm("file") List<FileUpload> files, @RestQuery String organization,
            @RestQuery String year, @RestQuery String sourceUrl, @RestQuery String batchId) {
        if (files == null || files.isEmpty()) {
            throw IngestException.badRequest("multipart 请求中没有名为 file 的文件部分。");
        }
        if (files.size() > config.maxFilesPerRequest()) {
            throw IngestException.tooLarge("一次最多提交 " + config.maxFilesPerRequest() + " 个文件，本次提交了 "
                    + files.size() + " 个。");
        }
        SourceHints hints = hints(organization, year, sourceUrl, batchId);
        List<MultipartPush.Part> parts = files.stream()
                .map(f -> new MultipartPush.Part(f.fileName(), f.contentType(), f.size(), f.uploadedFile())).toList();
        MultipartPush.Outcome outcome = multipart.push(parts, hints);
        Response.ResponseBuilder response = Response.status(MULTI_STATUS).entity(new MultiResult(outcome.results()));
        if (outcome.retryAfterSeconds() != null) {
            response.header(HttpHeaders.RETRY_AFTER, outcome.retryAfterSeconds());
        }
        return response.build();
    }

    /** The per-file answers of a multipart push. */
    public record MultiResult(List<IngestResult> results) {
    }

    private static Response single(IngestResult result) {
        if (result.isAccepted()) {
            // relative on purpose (RFC 9110 allows it): the report is read from query-service, not from this host
            return Response.accepted(result).header(HttpHeaders.LOCATION, "/api/reports/" + result.reportId()).build();
        }
        return Response.ok(result).build();
    }

    private static SourceHints hints(String organization, String year, String sourceUrl, String batchId) {
        Integer parsedYear = null;
        if (hasText(year)) {
            try {
                parsedYear = Integer.valueOf(year.trim());
            } catch (NumberFormatException e) {
                throw IngestException.badRequest("参数 year 必须是四位年份，收到：" + year);
            }
            if (parsedYear < 1990 || parsedYear > 2100) {
                throw IngestException.badRequest("参数 year 超出范围：" + year);
            }
        }
        return new SourceHints(trimToNull(organization), parsedYear, trimToNull(sourceUrl), trimToNull(batchId));
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    private static String trimToNull(String s) {
        return hasText(s) ? s.trim() : null;
    }
}
