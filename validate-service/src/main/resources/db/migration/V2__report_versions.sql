-- The version of the report held in report_json: 1 as parsed, 2… once a user corrected cells (reports.corrected).
-- A ReportParsed event for a report that has been corrected no longer replaces it.
ALTER TABLE validate.report_state ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
