package io.nianbao.query.repository;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One review action (OPEN, CONFIRMED or DISMISSED), kept for audit. */
@Entity
@Table(name = "issue_review_log")
public class IssueReviewLogRecord extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "report_id")
    public String reportId;
    public String code;
    public String path;
    public String state;
    public String comment;
    public String reviewer;
    @Column(name = "reviewed_at")
    public Instant reviewedAt;
}
