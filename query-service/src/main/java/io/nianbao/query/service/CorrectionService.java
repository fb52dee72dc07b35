package io.nianbao.query.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.event.CellChange;
import io.nianbao.contracts.event.EventEnvelope;
import io.nianbao.contracts.event.EventTypes;
import io.nianbao.contracts.event.ReportCorrected;
import io.nianbao.contracts.event.ReportSource;
import io.nianbao.contracts.model.CellPaths;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.query.messaging.CorrectionPublisher;
import io.nianbao.query.repository.ProcessingStatus;
import io.nianbao.query.repository.ReportRecord;

/**
 * Corrections of cells by users. The endpoint's transaction locks the report, decides the next version number
 * (so that two corrections at once cannot both become version n), stores the version in the read model, and
 * publishes ReportCorrected — committing only once the broker has it, so a correction that was answered 202
 * is on Kafka, and one that could not be published leaves no trace. validate-service validates it from there.
 */
@ApplicationScoped
public class CorrectionService {
    private static final Logger LOG = Logger.getLogger(CorrectionService.class);

    /** What a user asks: cells by path → new figure (null = blank), who and why; basedOnVersion guards against a stale page. */
    public record Request(String author, String reason, Integer basedOnVersion, Map<String, Number> cells) {}

    public record Accepted(String reportId, int version, int basedOnVersion, String eventId, List<CellChange> changes) {}

    /** A correction that cannot be made: the HTTP status to answer and a message for the user (Chinese first). */
    public static class Refused extends RuntimeException {
        private final int status;

        public Refused(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    @Inject
    EntityManager em;
    @Inject
    ReportVersions versions;
    @Inject
    CorrectionPublisher publisher;

    @Transactional
    public Accepted correct(String reportId, Request request) {
        ReportRecord report = em.find(ReportRecord.class, reportId, LockModeType.PESSIMISTIC_WRITE);
        if (report == null) {
            throw new Refused(404, "没有这份报告 no report with id " + reportId);
        }
        if (report.parsedReport == null) {
            throw new Refused(409, "报告尚未解析完成，暂不能更正 the report has not been parsed yet");
        }
        int current = versions.current(reportId);
        if (request.basedOnVersion() != null && request.basedOnVersion() != current) {
            throw new Refused(409, "报告已有更新的版本" + current + "（您依据的是版本" + request.basedOnVersion()
                    + "），请刷新后再更正 the report changed since version " + request.basedOnVersion());
        }
        ParsedReport base = JsonCodec.readReport(report.parsedReport);
        ParsedReport corrected = JsonCodec.readReport(report.parsedReport);
        List<String> refused = new ArrayList<>();
        request.cells().forEach((path, value) -> {
            try {
                CellPaths.set(corrected, path, value);
            } catch (CellPaths.InvalidCellException e) {
                refused.add(e.getMessage());
            }
        });
        if (!refused.isEmpty()) {
            throw new Refused(400, String.join(" ", refused));
        }
        List<CellChange> changes = CellPaths.diff(base, corrected);
        if (changes.isEmpty() && base.invalidCells.equals(corrected.invalidCells)) {
            throw new Refused(400, "更正后的数字与当前版本相同，没有需要保存的更改 nothing differs from version " + current);
        }
        ReportCorrected payload = new ReportCorrected(current + 1, current, request.author(), request.reason(), Instant.now(),
                changes, source(report), corrected);
        EventEnvelope<ReportCorrected> event = EventEnvelope.of(reportId, EventTypes.REPORT_CORRECTED, payload);
        versions.apply(report, event);
        em.flush(); // a database refusal shows before the event is out
        try {
            publisher.publish(event);
        } catch (RuntimeException e) {
            LOG.warnf("correction of report %s not published: %s", reportId, e.toString());
            throw new Refused(503, "消息服务暂不可用，更正未保存，请稍后再试 the broker did not take the correction");
        }
        return new Accepted(reportId, payload.version(), current, event.eventId(), changes);
    }

    /** A ReportCorrected event read back from Kafka: applied unless this version is already there. */
    @Transactional
    public void onCorrected(EventEnvelope<ReportCorrected> event) {
        em.createNativeQuery("INSERT INTO query.report (report_id, status, updated_at) VALUES (?1, ?2, now())"
                        + " ON CONFLICT (report_id) DO NOTHING")
                .setParameter(1, event.reportId()).setParameter(2, ProcessingStatus.RECEIVED.name()).executeUpdate();
        ReportRecord report = em.find(ReportRecord.class, event.reportId(), LockModeType.PESSIMISTIC_WRITE);
        if (!versions.apply(report, event)) {
            LOG.debugf("report %s: version %d already stored", event.reportId(), event.payload().version());
        }
    }

    private static ReportSource source(ReportRecord r) {
        return new ReportSource(r.fileName, r.contentType, r.sizeBytes == null ? 0 : r.sizeBytes, r.sha256, r.sourceUrl, null, null,
                r.receivedAt, r.batchId);
    }
}
