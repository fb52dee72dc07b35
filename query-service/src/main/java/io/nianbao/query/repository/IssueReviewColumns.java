package io.nianbao.query.repository;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What a review of the issues (reportId, code, path) of a report says: kept as the current state and in the log. */
@MappedSuperclass
public abstract class IssueReviewColumns extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "report_id")
    public String reportId;
    public String code;
    /** '' for an issue without a path */
    public String path;
    public String state;
    public String comment;
    public String reviewer;
    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    /** sets every column but the id */
    public void set(String reportId, String code, String path, String state, String comment, String reviewer, Instant at) {
        this.reportId = reportId;
        this.code = code;
        this.path = path;
        this.state = state;
        this.comment = comment;
        this.reviewer = reviewer;
        this.reviewedAt = at;
    }
}
