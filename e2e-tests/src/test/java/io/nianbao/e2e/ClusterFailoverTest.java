package io.nianbao.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.nianbao.infra.LocalStack;
import io.nianbao.infra.NianbaoService;
import io.nianbao.infra.RepositoryRoot;
import io.nianbao.infra.ServiceProcess;

/**
 * The distributed run (issue 10) on this machine: three Kafka brokers in one KRaft cluster (topics with 6
 * partitions, 3 replicas, min.insync.replicas 2), two parse-service and two validate-service instances. While 500
 * reports are pushed, one broker and one parse instance are killed (SIGKILL, as a crash); every report must still
 * end up VALIDATED exactly once. Then the read model is dropped and rebuilt from the topics, and the API lists the
 * same reports with the same results.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterFailoverTest {

    private static final String TOKEN = "cluster-token";
    private static final int CLIENTS = 16;
    private static final int REPORTS = Integer.getInteger("nianbao.cluster.reports", 500);

    private LocalStack stack;

    @BeforeAll
    void startTheCluster() throws Exception {
        stack = RunningStack.startCluster("cluster-run", TOKEN, 3, 2, 2);
    }

    @AfterAll
    void stopTheCluster() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void reportsSurviveABrokerAndAParseInstanceKilledMidwayAndTheReadModelRebuildsTheSame() throws Exception {
        List<LoadDocuments.Document> documents = LoadDocuments.variants(REPORTS, "cluster-" + System.currentTimeMillis());
        Pusher pusher = new Pusher(stack.settings().url(NianbaoService.INGEST), TOKEN, CLIENTS, 180_000);
        ServiceProcess doomedParser = stack.instances(NianbaoService.PARSE).get(1);

        long t0 = System.nanoTime();
        CompletableFuture<List<Pusher.Result>> push = CompletableFuture.supplyAsync(() -> {
            try {
                return pusher.pushAll(documents, i -> false);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        while (pusher.answers202.get() < REPORTS / 4 && !push.isDone()) {
            Thread.sleep(20);
        }
        assertTrue(!push.isDone(), "the push ended before the faults could be injected in its middle");
        int acceptedBeforeFaults = pusher.answers202.get();
        stack.killBroker(0);
        doomedParser.kill();
        System.out.printf("[cluster] after %d accepted: killed broker 1 (of 3) and %s (SIGKILL)%n", acceptedBeforeFaults,
                doomedParser.name());

        List<Pusher.Result> results = push.get();
        double pushSeconds = (System.nanoTime() - t0) / 1e9;
        Set<String> accepted = results.stream().filter(r -> r.outcome() == Pusher.Outcome.ACCEPTED)
                .map(Pusher.Result::reportId).collect(Collectors.toSet());
        assertEquals(REPORTS, accepted.size(), "every push accepted in the end (503s retried)");

        ReadModel readModel = new ReadModel(stack.settings().url(NianbaoService.QUERY));
        long validated = awaitValidated(readModel, REPORTS, 180);
        double allValidatedSeconds = (System.nanoTime() - t0) / 1e9;
        Thread.sleep(3000); // a duplicate, if the pipeline made one, would arrive about now
        ReadModel.Census census = readModel.census();
        System.out.printf("[cluster] pushed %d in %.1f s (503 answers %d, connection errors %d); VALIDATED %d; all VALIDATED"
                        + " %.1f s after the push began; lost %d; duplicated %d%n", REPORTS, pushSeconds, pusher.answers503.get(),
                pusher.connectionErrors.get(), validated, allValidatedSeconds, census.missing(accepted).size(), census.duplicated());

        assertEquals(Set.of(), census.missing(accepted), "accepted but not in the read model\n" + RunningStack.logTails(stack));
        assertEquals(0, census.duplicated(), "reports listed more than once");
        assertEquals(REPORTS, census.rows(), "reports in the read model");
        assertTrue(census.notValidated().isEmpty(), "not VALIDATED: " + census.notValidated().size() + " e.g. "
                + census.notValidated().stream().limit(5).toList() + "\n" + RunningStack.logTails(stack));
        assertEquals(List.of(doomedParser), stack.deadServices(), "only the killed parse instance is down");

        // rebuild: drop the read model, replay the topics, and the API answers the same
        List<JsonNode> before = listing(stack.settings().url(NianbaoService.QUERY));
        long r0 = System.nanoTime();
        // as an operator would: ./nianbao rebuild-read-model (the packaged cli) asks query-service and follows the replay
        String rebuild = runCli("rebuild-read-model", "--url", stack.settings().url(NianbaoService.QUERY), "--token", TOKEN, "--wait");
        assertTrue(rebuild.contains("read model emptied") && rebuild.contains("raw-in"), rebuild);
        awaitValidated(readModel, REPORTS, 180);
        List<JsonNode> after = listing(stack.settings().url(NianbaoService.QUERY));
        for (int attempt = 0; attempt < 30 && !before.equals(after); attempt++) {
            Thread.sleep(1000); // the last validations of the replay may still be applied
            after = listing(stack.settings().url(NianbaoService.QUERY));
        }
        System.out.printf("[cluster] read model rebuilt from the topics in %.1f s:%n%s%n", (System.nanoTime() - r0) / 1e9, rebuild);
        assertEquals(before.size(), after.size(), "reports listed after the rebuild");
        assertEquals(before, after, "the list (status, body, year, issue counts …) after the rebuild");
    }

    /** Runs the packaged command line as a user would (./nianbao runs the same jar); returns its output. */
    private static String runCli(String... args) throws Exception {
        Path jar = RepositoryRoot.find().resolve("cli/target/nianbao-cli.jar");
        assertTrue(Files.isRegularFile(jar), "the cli must be packaged first: " + jar);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), "cli did not finish: " + output);
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    private static long awaitValidated(ReadModel readModel, int expected, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        long validated = 0;
        while (System.nanoTime() < deadline && (validated = readModel.total("VALIDATED")) < expected) {
            Thread.sleep(1000);
        }
        return validated;
    }

    /** every item of GET /api/reports, page by page, without the SSE sequence number (a replay numbers events anew) */
    private static List<JsonNode> listing(String queryUrl) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            HttpResponse<String> r = Http.get(queryUrl + "/api/reports?size=500&page=" + page);
            assertEquals(200, r.statusCode(), r.body());
            JsonNode body = Http.json(r.body());
            for (JsonNode item : body.path("items")) {
                if (item instanceof ObjectNode object) {
                    object.remove("eventSeq");
                }
                items.add(item);
            }
            if (body.path("items").size() < 500) {
                return items;
            }
        }
    }
}
