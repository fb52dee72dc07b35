package io.nianbao.query.repository;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The current review of the issues (reportId, code, path) of one report (state CONFIRMED or DISMISSED); absent = OPEN. */
@Entity
@Table(name = "issue_review")
public class IssueReviewRecord extends IssueReviewColumns {
}
