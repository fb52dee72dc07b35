package io.nianbao.query.repository;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One report of the read model: metadata, source, processing status, the parsed report and issue counts. */
@Entity
@Table(name = "report")
public class ReportRecord extends PanacheEntityBase {
    @Id
    @Column(name = "report_id")
    public String reportId;

    public String title;
    public String organization;
    @Column(name = "normalized_organization")
    public String normalizedOrganization;
    public Integer year;
    public String template;

    @Column(name = "file_name")
    public String fileName;
    @Column(name = "content_type")
    public String contentType;
    @Column(name = "size_bytes")
    public Long sizeBytes;
    public String sha256;
    @Column(name = "source_url")
    public String sourceUrl;
    @Column(name = "batch_id")
    public String batchId;

    @Enumerated(EnumType.STRING)
    public ProcessingStatus status;
    @Column(name = "received_at")
    public Instant receivedAt;
    @Column(name = "parsed_at")
    public Instant parsedAt;
    @Column(name = "validated_at")
    public Instant validatedAt;

    /** the whole ParsedReport as JSON text (jsonb column) */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "parsed_report")
    public String parsedReport;
    @Column(name = "parse_micros")
    public Long parseMicros;

    @Column(name = "active_disclosure_status")
    public String activeDisclosureStatus;
    @Column(name = "applications_status")
    public String applicationsStatus;
    @Column(name = "review_litigation_status")
    public String reviewLitigationStatus;

    @Column(name = "validation_revision")
    public Long validationRevision;
    @Column(name = "validation_reason")
    public String validationReason;
    @Column(name = "validation_seq")
    public Long validationSeq;
    @Column(name = "error_count")
    public int errorCount;
    @Column(name = "warning_count")
    public int warningCount;
    @Column(name = "info_count")
    public int infoCount;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public boolean isParsed() {
        return parsedReport != null;
    }

    public boolean isValidated() {
        return validationRevision != null;
    }
}
