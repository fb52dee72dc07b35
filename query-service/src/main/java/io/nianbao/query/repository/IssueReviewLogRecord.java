package io.nianbao.query.repository;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One review action (OPEN, CONFIRMED or DISMISSED), kept for audit. */
@Entity
@Table(name = "issue_review_log")
public class IssueReviewLogRecord extends IssueReviewColumns {
}
