-- Evidence and batches (issue 11).

-- The text each report was parsed from: the offsets of its cells and prose figures point into it.
CREATE TABLE report_source (
    report_id    VARCHAR(64) PRIMARY KEY REFERENCES report (report_id) ON DELETE CASCADE,
    text         TEXT NOT NULL,
    -- length in UTF-16 code units (Java's String.length()), the unit of the parser's offsets
    text_length  INTEGER NOT NULL,
    -- no surrogate pair: PostgreSQL's substr (code points) then counts like the offsets do
    bmp_only     BOOLEAN NOT NULL,
    stored_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Documents of a batch that ingest-service refused (reports.rejected): they never became reports.
CREATE TABLE batch_rejection (
    event_id      VARCHAR(64) PRIMARY KEY,
    batch_id      TEXT NOT NULL,
    file_name     TEXT,
    content_type  TEXT,
    size_bytes    BIGINT,
    http_status   INTEGER NOT NULL,
    reason        TEXT,
    rejected_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX batch_rejection_batch_idx ON batch_rejection (batch_id, rejected_at);
CREATE INDEX report_batch_idx ON report (batch_id) WHERE batch_id IS NOT NULL;
