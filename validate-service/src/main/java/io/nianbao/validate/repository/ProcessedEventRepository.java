package io.nianbao.validate.repository;

import java.sql.Timestamp;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** The ids of the ReportParsed events already handled. */
@ApplicationScoped
public class ProcessedEventRepository {

    @Inject
    EntityManager em;

    /**
     * Records the event as handled in the current transaction. False when it was handled before
     * (or is being handled by another instance, in which case this waits for it and then sees it).
     */
    public boolean markProcessed(String eventId, String reportId) {
        return em.createNativeQuery("INSERT INTO validate.processed_event (event_id, report_id, processed_at) "
                        + "VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
                .setParameter(1, eventId).setParameter(2, reportId).setParameter(3, Timestamp.from(Instant.now()))
                .executeUpdate() == 1;
    }

    public long count(String reportId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM validate.processed_event WHERE report_id = ?1")
                .setParameter(1, reportId).getSingleResult()).longValue();
    }
}
