package io.nianbao.query.service;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.hibernate.Session;

import io.nianbao.query.repository.ProcessingStatus;
import io.nianbao.query.repository.ReportRecord;

/**
 * Creates and locks the report rows a whole batch of events touches with two statements, instead of two per
 * event. Rows are locked in reportId order: every consumer locks in that order, so two batches running at the
 * same time wait for each other instead of deadlocking. What this transaction holds is remembered in the
 * transaction itself ({@link TransactionSynchronizationRegistry}), so {@link ReadModelUpdater} takes those rows
 * from the persistence context without another round trip.
 */
@ApplicationScoped
public class ReportRowLocks {
    private static final String LOCKED = ReportRowLocks.class.getName() + ".locked";

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transaction;

    /** Must run in the caller's transaction; locks held until it ends. */
    public void lockAll(Collection<String> reportIds) {
        List<String> ids = reportIds.stream().filter(Objects::nonNull).filter(id -> !id.isBlank()).distinct().sorted().toList();
        if (ids.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO query.report (report_id, status, updated_at)"
                    + " SELECT id, ?, now() FROM unnest(?) AS t(id) ORDER BY id ON CONFLICT (report_id) DO NOTHING")) {
                Array array = connection.createArrayOf("varchar", ids.toArray());
                insert.setString(1, ProcessingStatus.RECEIVED.name());
                insert.setArray(2, array);
                insert.executeUpdate();
            }
        });
        em.createQuery("from ReportRecord r where r.reportId in :ids order by r.reportId", ReportRecord.class)
                .setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        lockedHere().addAll(ids);
    }

    /** the report's row when this transaction locked it with {@link #lockAll} (no SQL then), else null */
    public ReportRecord lockedInThisTransaction(String reportId) {
        if (transaction.getTransactionKey() == null) {
            return null;
        }
        @SuppressWarnings("unchecked")
        Set<String> locked = (Set<String>) transaction.getResource(LOCKED);
        return locked != null && locked.contains(reportId) ? em.find(ReportRecord.class, reportId) : null;
    }

    private Set<String> lockedHere() {
        @SuppressWarnings("unchecked")
        Set<String> locked = (Set<String>) transaction.getResource(LOCKED);
        if (locked == null) {
            locked = new HashSet<>();
            transaction.putResource(LOCKED, locked);
        }
        return locked;
    }
}
