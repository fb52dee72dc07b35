package io.nianbao.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.nianbao.contracts.Topics;
import io.nianbao.infra.LocalStack;
import io.nianbao.infra.NianbaoService;

/**
 * Load through the real pipeline (issue 8): N distinct reports pushed by 16 concurrent HTTP clients to the
 * packaged services on a real broker and database. Every push must be accepted (a 503 is retried after its
 * Retry-After) and every accepted report must reach VALIDATED in the read model exactly once.
 * N is {@code -Dnianbao.load.reports} (CI default below; larger runs: bench/).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoadTest {

    private static final String TOKEN = "load-token";
    private static final int CLIENTS = 16;
    /** the CI default: the 3,000 fit the time budget (about 140 s with start-up on the 2-core build machine) */
    private static final int DEFAULT_REPORTS = 3000;
    private static final long SECONDS_PER_REPORT_ALLOWED = 1;

    private LocalStack stack;
    private ValidatedTopicListener listener;

    @BeforeAll
    void startTheSystem() throws Exception {
        stack = RunningStack.start("load-run", TOKEN);
        listener = new ValidatedTopicListener(stack.kafkaBootstrapServers(), Topics.VALIDATED);
    }

    @AfterAll
    void stopTheSystem() throws InterruptedException {
        if (listener != null) {
            listener.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void everyPushedReportIsAcceptedAndValidatedExactlyOnce() throws Exception {
        int n = Integer.getInteger("nianbao.load.reports", DEFAULT_REPORTS);
        List<LoadDocuments.Document> documents = LoadDocuments.variants(n, "load-" + System.currentTimeMillis());
        Pusher pusher = new Pusher(stack.settings().url(NianbaoService.INGEST), TOKEN, CLIENTS, 120_000);

        long t0 = System.nanoTime();
        List<Pusher.Result> results = pusher.pushAll(documents, i -> false);
        double pushSeconds = (System.nanoTime() - t0) / 1e9;
        Set<String> accepted = results.stream().filter(r -> r.outcome() == Pusher.Outcome.ACCEPTED)
                .map(Pusher.Result::reportId).collect(Collectors.toSet());
        assertEquals(n, accepted.size(), "distinct reports accepted");

        ReadModel readModel = new ReadModel(stack.settings().url(NianbaoService.QUERY));
        long deadline = System.nanoTime() + Math.max(120, n * SECONDS_PER_REPORT_ALLOWED) * 1_000_000_000L;
        long validated = 0;
        while (System.nanoTime() < deadline && (validated = readModel.total("VALIDATED")) < n) {
            Thread.sleep(1000);
        }
        double pipelineSeconds = (System.nanoTime() - t0) / 1e9;
        Thread.sleep(3000); // a duplicate, if the pipeline made one, would arrive about now

        ReadModel.Census census = readModel.census();
        Set<String> lost = census.missing(accepted);
        long duplicated = census.duplicated();
        Set<String> notValidated = census.notValidated();
        long eventsMissing = accepted.stream().filter(id -> !listener.valuesByKey().containsKey(id)).count();
        long eventsRepeated = listener.valuesByKey().values().stream().filter(v -> v.size() > 1).count();

        System.out.printf("[load] pushed %d from %d clients in %.1f s (%.1f pushes/s; 202: %d, 503 retried: %d, "
                        + "connection errors: %d); accepted %d; in the read model %d (VALIDATED %d); lost %d; duplicated %d; "
                        + "all VALIDATED after %.1f s (%.1f reports/s end to end); reports.validated events: missing %d, repeated %d%n",
                n, CLIENTS, pushSeconds, n / pushSeconds, pusher.answers202.get(), pusher.answers503.get(),
                pusher.connectionErrors.get(), accepted.size(), census.rows(), validated, lost.size(), duplicated,
                pipelineSeconds, n / pipelineSeconds, eventsMissing, eventsRepeated);

        assertEquals(Set.of(), lost, "accepted but not in the read model\n" + RunningStack.logTails(stack));
        assertEquals(0, duplicated, "reports listed more than once");
        assertEquals(n, census.rows(), "reports in the read model");
        assertTrue(notValidated.isEmpty(), "not VALIDATED after the wait: " + notValidated.size() + " e.g. "
                + notValidated.stream().limit(5).toList() + "\n" + RunningStack.logTails(stack));
        assertEquals(0, eventsMissing, "accepted reports without an event on " + Topics.VALIDATED);
        assertEquals(List.of(), stack.deadServices(), "services that stopped under load");
    }
}
