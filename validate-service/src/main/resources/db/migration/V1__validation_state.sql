-- Per report: the parsed report (the figures the cross-year rules need), its latest validation and revision.
-- One "current" report per normalised body and year; a newer report of the same body and year supersedes it.
CREATE TABLE validate.report_state (
    report_id               VARCHAR(64)  PRIMARY KEY,
    organization            TEXT,
    normalized_organization TEXT,
    year                    INTEGER,
    template                VARCHAR(8),
    report_json             TEXT         NOT NULL,
    issues_json             TEXT,
    reason                  TEXT,
    revision                BIGINT       NOT NULL DEFAULT 0,
    is_current              BOOLEAN      NOT NULL DEFAULT TRUE,
    supersedes_earlier      BOOLEAN      NOT NULL DEFAULT FALSE,
    superseded_by           VARCHAR(64),
    received_at             TIMESTAMPTZ  NOT NULL,
    validated_at            TIMESTAMPTZ
);

-- the database itself refuses two current reports of one body and year, whatever the number of instances
CREATE UNIQUE INDEX report_state_current_per_body_year
    ON validate.report_state (normalized_organization, year)
    WHERE is_current AND normalized_organization IS NOT NULL AND year IS NOT NULL;

-- one row per body, locked (SELECT … FOR UPDATE) while a report of that body is processed,
-- so that instances handling two years of one body at once see each other's writes
CREATE TABLE validate.organization_lock (
    normalized_organization TEXT PRIMARY KEY
);

-- ReportParsed events already handled (idempotent consumer: a redelivery changes nothing)
CREATE TABLE validate.processed_event (
    event_id     VARCHAR(64) PRIMARY KEY,
    report_id    VARCHAR(64) NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL
);
