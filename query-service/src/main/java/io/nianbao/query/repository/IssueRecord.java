package io.nianbao.query.repository;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One issue of the latest validation of a report. */
@Entity
@Table(name = "report_issue")
public class IssueRecord extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "report_id")
    public String reportId;
    public String code;
    public String severity;
    public String path;
    public BigDecimal expected;
    public BigDecimal actual;
    public String message;
}
