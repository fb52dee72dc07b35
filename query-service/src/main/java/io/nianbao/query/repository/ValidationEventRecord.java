package io.nianbao.query.repository;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An accepted ReportValidated event. {@code seq} (a database sequence, so it only grows) is the SSE
 * event id: a client that reconnects with Last-Event-ID gets every event after it replayed from here.
 */
@Entity
@Table(name = "validation_event")
public class ValidationEventRecord extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;
    @Column(name = "event_id")
    public String eventId;
    @Column(name = "report_id")
    public String reportId;
    public String organization;
    @Column(name = "normalized_organization")
    public String normalizedOrganization;
    public Integer year;
    public String template;
    public long revision;
    public String reason;
    @Column(name = "error_count")
    public int errorCount;
    @Column(name = "warning_count")
    public int warningCount;
    @Column(name = "info_count")
    public int infoCount;
    /** the issue codes, comma-separated with leading and trailing commas (",N_MISMATCH,S_CELL_BLANK,") for filtering */
    public String codes;
    /** the ReportValidated payload as JSON */
    @JdbcTypeCode(SqlTypes.JSON)
    public String payload;
    @Column(name = "occurred_at")
    public Instant occurredAt;
}
