package io.nianbao.query.repository;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The current review of the issues (reportId, code, path) of one report; absent = OPEN. */
@Entity
@Table(name = "issue_review")
public class IssueReviewRecord extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "report_id")
    public String reportId;
    public String code;
    /** '' for an issue without a path */
    public String path;
    /** CONFIRMED or DISMISSED */
    public String state;
    public String comment;
    public String reviewer;
    @Column(name = "reviewed_at")
    public Instant reviewedAt;
}
