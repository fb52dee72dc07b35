package io.nianbao.query.messaging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.nianbao.contracts.event.EventEnvelope;
import io.nianbao.query.service.ReportRowLocks;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Applies the records of one poll to the read model in ONE transaction: one commit and one pair of row-lock
 * statements per batch instead of per record (the per-record transactions were the pipeline's bottleneck).
 *
 * <p>Per record, the semantics stay those of a single-record consumer: a record that is not a valid event is
 * nacked on its own, so the dead-letter-queue strategy moves only it to {@code <topic>.dlq}; if the batch
 * transaction fails (a record the read model cannot take, a deadlock …), every event is applied again in its own
 * transaction and only the ones that fail then are dead-lettered. The batch is acknowledged after that, so a crash
 * before the commit redelivers the whole batch, which the idempotent updates absorb.
 */
@ApplicationScoped
public class BatchApplier {
    private static final Logger LOG = Logger.getLogger(BatchApplier.class);

    @Inject
    ReportRowLocks locks;

    /** set when the service stops: from then on a failure means "stopping", not "bad record" */
    private final AtomicBoolean stopping = new AtomicBoolean();

    void onStop(@Observes ShutdownEvent event) {
        stopping.set(true);
    }

    private record Pending<E>(KafkaRecord<String, String> record, E event) {}

    private record Failed(KafkaRecord<String, String> record, Throwable cause) {}

    public <E extends EventEnvelope<?>> CompletionStage<Void> apply(KafkaRecordBatch<String, String> batch,
            Function<String, E> reader, Consumer<E> update) {
        List<Pending<E>> events = new ArrayList<>();
        List<Failed> failed = new ArrayList<>();
        for (KafkaRecord<String, String> record : batch.getRecords()) {
            try {
                events.add(new Pending<>(record, reader.apply(record.getPayload())));
            } catch (RuntimeException poison) {
                failed.add(new Failed(record, poison));
            }
        }
        // the k-th event of every report goes into round k: a report never has two events in one transaction, so
        // its events are applied one after the other exactly as a single-record consumer would (topic order), and
        // each round still takes the events of many reports at once
        Map<String, Integer> seen = new HashMap<>();
        List<List<Pending<E>>> rounds = new ArrayList<>();
        for (Pending<E> p : events) {
            int round = seen.merge(p.event().reportId(), 1, Integer::sum) - 1;
            if (rounds.size() <= round) {
                rounds.add(new ArrayList<>());
            }
            rounds.get(round).add(p);
        }
        for (List<Pending<E>> round : rounds) {
            applyInOneTransaction(round, update, failed);
        }
        if (stopping.get()) {
            // the failures of a batch cut short by the shutdown (closed EntityManager …) are not the records' fault:
            // neither dead-letter nor acknowledge them, so the group delivers the batch again after the restart
            LOG.infof("stopping: a batch of %d records is left unacknowledged for redelivery", batch.getRecords().size());
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<?>[] deadLetters = failed.stream()
                .map(f -> f.record().nack(f.cause()).toCompletableFuture()).toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(deadLetters).thenCompose(done -> batch.ack());
    }

    private <E extends EventEnvelope<?>> void applyInOneTransaction(List<Pending<E>> events, Consumer<E> update, List<Failed> failed) {
        // reportId order, the order rows are locked in (see ReportRowLocks)
        events.sort(Comparator.comparing(p -> p.event().reportId()));
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                locks.lockAll(events.stream().map(p -> p.event().reportId()).toList());
                events.forEach(p -> update.accept(p.event()));
            });
        } catch (RuntimeException batchFailure) {
            LOG.warnf("a batch of %d events failed (%s); applying them one by one", events.size(), batchFailure.toString());
            for (Pending<E> p : events) {
                if (stopping.get()) {
                    return; // redelivered after the restart (see apply)
                }
                try {
                    QuarkusTransaction.requiringNew().run(() -> update.accept(p.event()));
                } catch (RuntimeException e) {
                    failed.add(new Failed(p.record(), e));
                }
            }
        }
    }
}
