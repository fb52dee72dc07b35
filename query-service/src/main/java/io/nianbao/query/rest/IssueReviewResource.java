package io.nianbao.query.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.nianbao.query.repository.IssueReviewRecord;
import io.nianbao.query.repository.ReportRecord;
import io.nianbao.query.service.IssueReviews;
import io.nianbao.query.service.ReviewState;

@Path("/api/reports/{id}/issues/review")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "issues", description = "问题 Issues across reports")
public class IssueReviewResource {

    /** the body of a review: which issue (code + path, as listed by /api/reports/{id}/issues) and the decision */
    public record ReviewRequest(String code, String path, String state, String comment, String reviewer) {}

    public record ReviewLogEntry(String code, String path, String state, String comment, String reviewer, String reviewedAt) {}

    @Inject
    WriteAccess access;

    @Inject
    IssueReviews reviews;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm or dismiss (false positive) an issue of a report, or re-open it (write token)",
            description = "Body {\"code\":\"N_MISMATCH\",\"path\":\"reviewLitigation.litigation.total\",\"state\":\"DISMISSED\","
                    + "\"comment\":\"…\",\"reviewer\":\"…\"}; state CONFIRMED, DISMISSED or OPEN (withdraws the review). "
                    + "The review is keyed by report, code and path, so it survives re-validation. A dismissal needs a comment.")
    public List<IssueView> review(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            ReviewRequest request) {
        access.require(authorization);
        ReportRecord report = ReportResource.find(id);
        if (request == null || Params.text(request.code()) == null) {
            throw ProblemException.badRequest("需要问题代码 code is required");
        }
        String code = Params.code(request.code());
        ReviewState state = ReviewState.parse(request.state()).orElseThrow(() -> ProblemException.badRequest(
                "state must be CONFIRMED, DISMISSED or OPEN: " + request.state()));
        String reviewer = Params.text(request.reviewer());
        if (reviewer == null) {
            throw ProblemException.badRequest("需要审核人 reviewer is required");
        }
        String comment = Params.text(request.comment());
        if (state == ReviewState.DISMISSED && comment == null) {
            throw ProblemException.badRequest("排除误报需要说明理由 a dismissal needs a comment");
        }
        String path = Params.text(request.path());
        var issues = reviews.review(report.reportId, code, path, state, comment, reviewer);
        if (issues.isEmpty()) {
            throw ProblemException.notFound("该报告没有这个问题 report " + id + " has no issue " + code + " at " + path);
        }
        IssueReviewRecord review = reviews.of(report.reportId).get(IssueReviews.key(code, path));
        return issues.stream().map(i -> IssueView.of(i, report, review)).toList();
    }

    @GET
    @Path("/log")
    @Operation(summary = "Every review action on the issues of a report, oldest first")
    public List<ReviewLogEntry> log(@PathParam("id") String id) {
        ReportRecord report = ReportResource.find(id);
        return reviews.history(report.reportId).stream().map(l -> new ReviewLogEntry(l.code, l.path.isEmpty() ? null : l.path,
                l.state, l.comment, l.reviewer, l.reviewedAt.toString())).toList();
    }
}
