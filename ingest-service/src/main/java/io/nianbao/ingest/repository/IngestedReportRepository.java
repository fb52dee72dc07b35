package io.nianbao.ingest.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.nianbao.contracts.event.ReportSource;

/** The reportIds already in Kafka (table ingest.ingested_report). */
@ApplicationScoped
public class IngestedReportRepository {

    private final DataSource dataSource;

    public IngestedReportRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean exists(String reportId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT 1 FROM ingest.ingested_report WHERE report_id = ?")) {
            s.setString(1, reportId);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    /** Records a published report; a second insert of the same reportId changes nothing. */
    public void record(String reportId, String eventId, ReportSource source, int partition, long offset)
            throws SQLException {
        String sql = """
                INSERT INTO ingest.ingested_report (report_id, sha256, file_name, content_type, size_bytes, source_url,
                    organization_hint, year_hint, batch_id, event_id, kafka_partition, kafka_offset, received_at, published_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (report_id) DO NOTHING""";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, reportId);
            s.setString(2, source.sha256());
            s.setString(3, source.fileName());
            s.setString(4, source.contentType());
            s.setLong(5, source.size());
            s.setString(6, source.sourceUrl());
            s.setString(7, source.organizationHint());
            if (source.yearHint() == null) {
                s.setNull(8, Types.INTEGER);
            } else {
                s.setInt(8, source.yearHint());
            }
            s.setString(9, source.batchId());
            s.setString(10, eventId);
            s.setInt(11, partition);
            s.setLong(12, offset);
            s.setTimestamp(13, Timestamp.from(source.receivedAt()));
            s.setTimestamp(14, Timestamp.from(Instant.now()));
            s.executeUpdate();
        }
    }

    public long count() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT count(*) FROM ingest.ingested_report");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
