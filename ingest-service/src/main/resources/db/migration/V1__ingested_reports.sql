-- One row per document that Kafka acknowledged on reports.raw: the same bytes pushed again are a duplicate.
CREATE TABLE ingested_report (
    report_id          VARCHAR(16)  PRIMARY KEY,
    sha256             CHAR(64)     NOT NULL,
    file_name          TEXT,
    content_type       TEXT,
    size_bytes         BIGINT       NOT NULL,
    source_url         TEXT,
    organization_hint  TEXT,
    year_hint          INTEGER,
    batch_id           TEXT,
    event_id           VARCHAR(36)  NOT NULL,
    kafka_partition    INTEGER,
    kafka_offset       BIGINT,
    received_at        TIMESTAMPTZ  NOT NULL,
    published_at       TIMESTAMPTZ  NOT NULL
);

CREATE INDEX ingested_report_batch ON ingested_report (batch_id) WHERE batch_id IS NOT NULL;
