package io.nianbao.contracts.event;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.nianbao.contracts.issue.Issue;
import io.nianbao.contracts.issue.Severity;

/**
 * Payload of {@code reports.validated}: the full issue list of the latest validation of a report.
 * {@code revision} grows each time the same report is validated again (cross-year re-validation,
 * a correction), so that a consumer keeps the newest; {@code reason} says why this validation ran.
 * {@code version} is the version of the report that was validated (1 = as parsed, 2… = corrected by a
 * user, see {@link ReportCorrected}); absent means 1.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReportValidated(String organization, String normalizedOrganization, Integer year, String template,
        long revision, String reason, List<Issue> issues, @JsonInclude(JsonInclude.Include.NON_NULL) Integer version) {

    /** a validation of version 1, the report as parsed */
    public ReportValidated(String organization, String normalizedOrganization, Integer year, String template,
            long revision, String reason, List<Issue> issues) {
        this(organization, normalizedOrganization, year, template, revision, reason, issues, null);
    }

    public long count(Severity severity) {
        return issues == null ? 0 : issues.stream().filter(i -> i.severity() == severity).count();
    }

    /** the version validated: 1 when the event does not say */
    @JsonIgnore
    public int versionOrFirst() {
        return version == null ? 1 : version;
    }
}
