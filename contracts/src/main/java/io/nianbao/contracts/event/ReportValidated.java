package io.nianbao.contracts.event;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.nianbao.contracts.issue.Issue;
import io.nianbao.contracts.issue.Severity;

/**
 * Payload of {@code reports.validated}: the full issue list of the latest validation of a report.
 * {@code revision} grows each time the same report is validated again (cross-year re-validation),
 * so that a consumer keeps the newest; {@code reason} says why this validation ran.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReportValidated(String organization, String normalizedOrganization, Integer year, String template,
        long revision, String reason, List<Issue> issues) {

    public long count(Severity severity) {
        return issues == null ? 0 : issues.stream().filter(i -> i.severity() == severity).count();
    }
}
