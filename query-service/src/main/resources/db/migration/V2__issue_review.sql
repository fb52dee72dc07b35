-- Reviews of issues by people (confirmed / dismissed as a false positive). Unlike every other table of the read
-- model these rows are not derived from Kafka events: they are entered by users, so a rebuild of the read model
-- must keep them.
--
-- A review is keyed by (report_id, code, path) — not by report_issue.id, which changes each time a report is
-- validated again — so that it still applies after a re-validation. path is '' for an issue without a path.
-- Several issues of one report with the same code and path share one review.
CREATE TABLE issue_review (
    id          BIGSERIAL PRIMARY KEY,
    report_id   VARCHAR(64) NOT NULL,
    code        VARCHAR(64) NOT NULL,
    path        TEXT NOT NULL DEFAULT '',
    state       VARCHAR(16) NOT NULL CHECK (state IN ('CONFIRMED', 'DISMISSED')),
    comment     TEXT,
    reviewer    TEXT NOT NULL,
    reviewed_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT issue_review_key UNIQUE (report_id, code, path)
);

-- Every review action, in order (including re-opening), for audit: who changed what, when and why.
CREATE TABLE issue_review_log (
    id          BIGSERIAL PRIMARY KEY,
    report_id   VARCHAR(64) NOT NULL,
    code        VARCHAR(64) NOT NULL,
    path        TEXT NOT NULL DEFAULT '',
    state       VARCHAR(16) NOT NULL,
    comment     TEXT,
    reviewer    TEXT NOT NULL,
    reviewed_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX issue_review_log_report_idx ON issue_review_log (report_id);
