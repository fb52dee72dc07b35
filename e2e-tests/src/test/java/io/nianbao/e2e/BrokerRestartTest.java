package io.nianbao.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.nianbao.infra.LocalStack;
import io.nianbao.infra.NianbaoService;

/**
 * Faults through the real pipeline (issue 8): while ~500 reports are pushed by 16 clients, the broker is
 * stopped and started again on the same data folder. Clients retry 503s; a separate batch pushed while the broker is down
 * does not retry. While the backlog is being processed, parse-service and query-service are restarted (SIGTERM), then
 * parse-service is killed (SIGKILL, as a crash) and started again. Afterwards every report that got 202 is VALIDATED
 * in the read model exactly once and every report that only got 503 is absent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrokerRestartTest {

    private static final String TOKEN = "fault-token";
    private static final int CLIENTS = 16;
    private static final int REPORTS = Integer.getInteger("nianbao.fault.reports", 500);
    private static final int NOT_RETRIED = 16;
    /** longer than the ingest's publish timeout (10 s), so that a push started during the outage gets 503 */
    private static final long OUTAGE_MILLIS = 15_000;

    private LocalStack stack;
    /** how long each phase of the test took, in order */
    private final Map<String, String> phases = new LinkedHashMap<>();
    private long phaseStart;

    @BeforeAll
    void startTheSystem() throws Exception {
        stack = RunningStack.start("fault-run", TOKEN);
    }

    @AfterAll
    void stopTheSystem() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void acceptedReportsSurviveABrokerRestartExactlyOnce() throws Exception {
        String runTag = "fault-" + System.currentTimeMillis();
        List<LoadDocuments.Document> documents = LoadDocuments.variants(REPORTS + NOT_RETRIED, runTag);
        List<LoadDocuments.Document> main = documents.subList(0, REPORTS);
        List<LoadDocuments.Document> pushedOnceDuringOutage = documents.subList(REPORTS, documents.size());
        String ingest = stack.settings().url(NianbaoService.INGEST);
        Pusher retrying = new Pusher(ingest, TOKEN, CLIENTS, 180_000);
        Pusher givingUp = new Pusher(ingest, TOKEN, NOT_RETRIED, 60_000);

        long t0 = System.nanoTime();
        phaseStart = t0;
        CompletableFuture<List<Pusher.Result>> push = CompletableFuture.supplyAsync(() -> call(() -> retrying.pushAll(main, i -> false)));
        while (retrying.answers202.get() < REPORTS / 4 && !push.isDone()) {
            Thread.sleep(20);
        }
        if (push.isDone()) {
            push.join(); // throws the push's own failure, if that is why it ended
        }
        assertTrue(!push.isDone(), "the push ended before the broker could be stopped in its middle");
        long stop = System.nanoTime();
        phase("push until the broker stopped");
        stack.stopKafka();
        System.out.printf("[fault] broker stopped after %d accepted (stop took %.1f s)%n", retrying.answers202.get(),
                (System.nanoTime() - stop) / 1e9);
        List<Pusher.Result> refusedBatch = givingUp.pushAll(pushedOnceDuringOutage, i -> true);
        Thread.sleep(Math.max(0, OUTAGE_MILLIS - (System.nanoTime() - stop) / 1_000_000));
        long start = System.nanoTime();
        stack.startKafka();
        phase("broker outage");
        System.out.printf("[fault] broker down %.1f s, started again in %.1f s%n", (System.nanoTime() - stop) / 1e9,
                (System.nanoTime() - start) / 1e9);

        ReadModel readModel = new ReadModel(stack.settings().url(NianbaoService.QUERY));
        long validatedBeforeRestarts = readModel.total("VALIDATED");
        restart(readModel, NianbaoService.PARSE, false);
        restart(readModel, NianbaoService.QUERY, false);
        restart(readModel, NianbaoService.PARSE, true);

        List<Pusher.Result> results = push.get();
        phase("rest of the push");
        double pushSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("[fault] push done after %.1f s%n", pushSeconds);

        Set<String> accepted = results.stream().filter(r -> r.outcome() == Pusher.Outcome.ACCEPTED)
                .map(Pusher.Result::reportId).collect(Collectors.toSet());
        Set<String> refused = new HashSet<>();
        for (Pusher.Result r : refusedBatch) {
            (r.outcome() == Pusher.Outcome.ACCEPTED ? accepted : refused).add(r.reportId());
        }
        assertEquals(REPORTS, results.stream().filter(r -> r.outcome() == Pusher.Outcome.ACCEPTED).count(),
                "every retried push is accepted in the end");
        assertTrue(retrying.answers503.get() + refused.size() > 0, "the outage produced no 503 at all");
        assertTrue(validatedBeforeRestarts < REPORTS, "the backlog was already processed when the services were restarted");

        long deadline = System.nanoTime() + 240_000_000_000L;
        long validated = 0;
        while (System.nanoTime() < deadline && (validated = readModel.total("VALIDATED")) < accepted.size()) {
            Thread.sleep(1000);
        }
        double recoverySeconds = (System.nanoTime() - t0) / 1e9;
        phase("until every accepted report was VALIDATED");
        Thread.sleep(3000); // a duplicate or a late refused report, if the pipeline made one, would arrive about now

        ReadModel.Census census = readModel.census();
        Set<String> lost = census.missing(accepted);
        Set<String> refusedButPresent = new HashSet<>(refused);
        refusedButPresent.retainAll(census.copies().keySet());
        long duplicated = census.duplicated();
        Set<String> notValidated = census.notValidated();

        System.out.printf("[fault] pushed %d (+%d once, not retried, during the outage); accepted %d; 503 answers to retrying"
                        + " clients %d; refused with 503 and not retried %d; connection errors %d; in the read model %d"
                        + " (VALIDATED %d); lost %d; refused but present %d; duplicated %d; all VALIDATED %.1f s after the push began%n",
                REPORTS, NOT_RETRIED, accepted.size(), retrying.answers503.get(), refused.size(),
                retrying.connectionErrors.get() + givingUp.connectionErrors.get(), census.rows(), validated, lost.size(),
                refusedButPresent.size(), duplicated, recoverySeconds);
        System.out.println("[fault] seconds per phase: " + phases);

        assertEquals(Set.of(), lost, "accepted (202) but not in the read model\n" + RunningStack.logTails(stack));
        assertEquals(Set.of(), refusedButPresent, "refused with 503, never retried, yet in the read model");
        assertEquals(0, duplicated, "reports listed more than once");
        assertEquals(accepted.size(), census.rows(), "reports in the read model");
        assertTrue(notValidated.isEmpty(), "not VALIDATED after the wait: " + notValidated.size() + " e.g. "
                + notValidated.stream().limit(5).toList() + "\n" + RunningStack.logTails(stack));
        assertEquals(List.of(), stack.deadServices(), "services that stopped");
    }

    /** restarts one service (SIGTERM, or SIGKILL for a crash) and prints what it cost and how far the pipeline was */
    private void restart(ReadModel readModel, NianbaoService service, boolean kill) throws InterruptedException {
        long validated = readModel.total("VALIDATED");
        LocalStack.ServiceRestart restart = kill ? stack.killAndRestartService(service) : stack.restartService(service);
        phase(service.module() + (kill ? " killed and started" : " restarted"));
        System.out.printf("[fault] %s %s with %d VALIDATED in the read model: stopped in %.1f s%s, ready again %.1f s later%n",
                service.module(), kill ? "killed" : "restarted", validated, restart.stopping().toMillis() / 1e3,
                restart.stoppedGracefully() ? "" : " (not gracefully)", restart.starting().toMillis() / 1e3);
    }

    private void phase(String name) {
        long now = System.nanoTime();
        phases.put(name, String.format(Locale.ROOT, "%.1f", (now - phaseStart) / 1e9));
        phaseStart = now;
    }

    private interface Call<T> {
        T run() throws Exception;
    }

    private static <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
