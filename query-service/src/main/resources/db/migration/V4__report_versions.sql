-- Versions of a report (corrections with history). Version 1 is the parser's reading; every correction by a user
-- (a ReportCorrected event on reports.corrected) adds the next version, which becomes the report's current one
-- (report.parsed_report and report_cell hold the current version). Rows are never updated except for the latest
-- validation of their own version (validation_revision, counts, issues). A report that was never corrected has no
-- rows here: its version 1 is the report row itself.
CREATE TABLE report_version (
    report_id           VARCHAR(64) NOT NULL REFERENCES report (report_id) ON DELETE CASCADE,
    version             INTEGER     NOT NULL,
    based_on_version    INTEGER,
    event_id            VARCHAR(64),
    parsed_report       JSONB       NOT NULL,
    author              TEXT,
    reason              TEXT,
    created_at          TIMESTAMPTZ NOT NULL,
    -- [{"path": "applications.total[6]", "before": 65, "after": 60}, …] against based_on_version
    changes             JSONB       NOT NULL DEFAULT '[]',
    -- the latest validation of this version, when one has arrived
    validation_revision BIGINT,
    error_count         INTEGER,
    warning_count       INTEGER,
    info_count          INTEGER,
    issues              JSONB,
    PRIMARY KEY (report_id, version)
);
