-- Read model of query-service (schema "query"; Flyway sets the search path to it).

-- One row per report (reportId = first 16 hex of the document's SHA-256).
CREATE TABLE report (
    report_id                VARCHAR(64) PRIMARY KEY,
    title                    TEXT,
    organization             TEXT,
    normalized_organization  TEXT,
    year                     INTEGER,
    template                 VARCHAR(8),
    file_name                TEXT,
    content_type             TEXT,
    size_bytes               BIGINT,
    sha256                   VARCHAR(64),
    source_url               TEXT,
    batch_id                 TEXT,
    status                   VARCHAR(16) NOT NULL,
    received_at              TIMESTAMPTZ,
    parsed_at                TIMESTAMPTZ,
    validated_at             TIMESTAMPTZ,
    parsed_report            JSONB,
    parse_micros             BIGINT,
    active_disclosure_status VARCHAR(16),
    applications_status      VARCHAR(16),
    review_litigation_status VARCHAR(16),
    -- the latest validation kept (highest revision); it may arrive before the parsed report
    validation_revision      BIGINT,
    validation_reason        TEXT,
    validation_seq           BIGINT,
    error_count              INTEGER NOT NULL DEFAULT 0,
    warning_count            INTEGER NOT NULL DEFAULT 0,
    info_count               INTEGER NOT NULL DEFAULT 0,
    updated_at               TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX report_org_year_idx ON report (normalized_organization, year);
CREATE INDEX report_year_idx ON report (year);
CREATE INDEX report_status_idx ON report (status);

-- The issues of the latest validation of each report.
CREATE TABLE report_issue (
    id         BIGSERIAL PRIMARY KEY,
    report_id  VARCHAR(64) NOT NULL REFERENCES report (report_id) ON DELETE CASCADE,
    code       VARCHAR(64) NOT NULL,
    severity   VARCHAR(16) NOT NULL,
    path       TEXT,
    expected   NUMERIC,
    actual     NUMERIC,
    message    TEXT
);
CREATE INDEX report_issue_report_idx ON report_issue (report_id);
CREATE INDEX report_issue_code_idx ON report_issue (code, report_id);
CREATE INDEX report_issue_severity_idx ON report_issue (severity, report_id);

-- Every table cell as a row, for series and cross-body queries.
-- tbl: activeDisclosure | applications | reviewLitigation; row_key: "newReceived", "denied.stateSecret",
-- "administrativeReview", "licensing" …; col: column name of parsed-report.md. A blank cell has value NULL.
CREATE TABLE report_cell (
    report_id  VARCHAR(64) NOT NULL REFERENCES report (report_id) ON DELETE CASCADE,
    tbl        VARCHAR(32) NOT NULL,
    row_key    VARCHAR(64) NOT NULL,
    col        VARCHAR(32) NOT NULL,
    value      NUMERIC,
    PRIMARY KEY (report_id, tbl, row_key, col)
);
CREATE INDEX report_cell_metric_idx ON report_cell (tbl, row_key, col) INCLUDE (value);

-- Each accepted ReportValidated, numbered by a monotonically increasing sequence: the SSE event id,
-- so that Last-Event-ID resumes by replaying from here.
CREATE TABLE validation_event (
    seq                      BIGSERIAL PRIMARY KEY,
    event_id                 VARCHAR(64),
    report_id                VARCHAR(64) NOT NULL,
    organization             TEXT,
    normalized_organization  TEXT,
    year                     INTEGER,
    template                 VARCHAR(8),
    revision                 BIGINT NOT NULL,
    reason                   TEXT,
    error_count              INTEGER NOT NULL,
    warning_count            INTEGER NOT NULL,
    info_count               INTEGER NOT NULL,
    codes                    TEXT NOT NULL,
    payload                  JSONB NOT NULL,
    occurred_at              TIMESTAMPTZ NOT NULL
);
CREATE INDEX validation_event_report_idx ON validation_event (report_id);
