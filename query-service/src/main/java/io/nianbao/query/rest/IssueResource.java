package io.nianbao.query.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.nianbao.contracts.issue.Severity;
import io.nianbao.query.repository.IssueRecord;
import io.nianbao.query.repository.ReportRecord;
import io.nianbao.query.service.IssueReviews;
import io.nianbao.query.service.OrganizationNormalizer;
import io.nianbao.query.service.ReviewState;

@Path("/api/issues")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "issues", description = "问题 Issues across reports")
public class IssueResource {

    @Inject
    EntityManager em;

    @Inject
    IssueReviews reviews;

    @GET
    @Operation(summary = "Issues of the latest validations across reports (paged)")
    public Page<IssueView> list(
            @Parameter(description = "rule code, e.g. A_T3_BALANCE") @QueryParam("code") String code,
            @Parameter(description = "ERROR, WARNING or INFO") @QueryParam("severity") String severity,
            @Parameter(description = "substring of the body's name") @QueryParam("organization") String organization,
            @Parameter(description = "statistical year") @QueryParam("year") String year,
            @Parameter(description = "review state: open, confirmed or dismissed") @QueryParam("review") String review,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        String c = Params.code(code);
        Severity s = Params.severity(severity);
        String org = Params.text(organization);
        Integer y = Params.year(year);
        ReviewState rs = Params.text(review) == null ? null : ReviewState.parse(review).orElseThrow(
                () -> ProblemException.badRequest("review must be open, confirmed or dismissed: " + review));
        int p = Params.page(page);
        int n = Params.size(size);
        List<String> where = new ArrayList<>(List.of("r.reportId = i.reportId"));
        if (c != null) {
            where.add("i.code = :code");
        }
        if (s != null) {
            where.add("i.severity = :severity");
        }
        if (org != null) {
            where.add("(lower(r.organization) like :org or r.normalizedOrganization like :norg)");
        }
        if (y != null) {
            where.add("r.year = :year");
        }
        if (rs != null) {
            where.add(IssueReviews.jpqlCondition(rs));
        }
        String condition = " from IssueRecord i, ReportRecord r where " + String.join(" and ", where);
        var select = em.createQuery("select i, r" + condition + " order by r.organization, r.year desc, i.id", Object[].class);
        var count = em.createQuery("select count(i)" + condition, Long.class);
        for (var q : List.of(select, count)) {
            if (c != null) {
                q.setParameter("code", c);
            }
            if (s != null) {
                q.setParameter("severity", s.name());
            }
            if (org != null) {
                q.setParameter("org", "%" + org.toLowerCase(Locale.ROOT) + "%");
                String key = OrganizationNormalizer.normalize(org);
                q.setParameter("norg", "%" + (key == null ? org : key) + "%");
            }
            if (y != null) {
                q.setParameter("year", y);
            }
        }
        List<Object[]> rows = select.setFirstResult(p * n).setMaxResults(n).getResultList();
        var reviewed = reviews.of(rows.stream().map(row -> ((IssueRecord) row[0]).reportId).distinct().toList());
        List<IssueView> items = rows.stream().map(row -> {
            IssueRecord i = (IssueRecord) row[0];
            return IssueView.of(i, (ReportRecord) row[1],
                    reviewed.getOrDefault(i.reportId, Map.of()).get(IssueReviews.key(i.code, i.path)));
        }).toList();
        return new Page<>(items, count.getSingleResult(), p, n);
    }
}
