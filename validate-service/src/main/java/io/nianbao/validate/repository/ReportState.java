package io.nianbao.validate.repository;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One report as validate-service keeps it: the parsed figures, its latest issues and revision. */
@Entity
@Table(name = "report_state")
public class ReportState extends PanacheEntityBase {
    @Id
    @Column(name = "report_id")
    public String reportId;
    public String organization;
    @Column(name = "normalized_organization")
    public String normalizedOrganization;
    public Integer year;
    public String template;
    @Column(name = "report_json", nullable = false)
    public String reportJson;
    @Column(name = "issues_json")
    public String issuesJson;
    /** why the latest validation ran (ReportValidated.reason) */
    public String reason;
    public long revision;
    /** the version of the report held in reportJson: 1 as parsed, 2… corrected by a user */
    public int version = 1;
    /** false once a newer report of the same body and year replaced this one */
    @Column(name = "is_current")
    public boolean currentReport;
    @Column(name = "supersedes_earlier")
    public boolean supersedesEarlier;
    @Column(name = "superseded_by")
    public String supersededBy;
    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
    @Column(name = "validated_at")
    public Instant validatedAt;

    /** true when the body and the year are known, so that the report takes part in the cross-year rules */
    public boolean placed() {
        return normalizedOrganization != null && year != null;
    }
}
