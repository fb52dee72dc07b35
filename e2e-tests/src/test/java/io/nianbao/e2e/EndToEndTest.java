package io.nianbao.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.ReportIds;
import io.nianbao.contracts.Topics;
import io.nianbao.infra.LocalStack;
import io.nianbao.infra.NianbaoService;
import io.nianbao.infra.RepositoryRoot;

/**
 * The whole system as `./nianbao up` runs it: a real KRaft broker, a real PostgreSQL and the four packaged
 * services as child processes (ports chosen free, data in a temp folder). Documents go in through the ingest
 * API; what comes out is read through the query API and from the {@code reports.validated} topic.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndTest {

    private static final String TOKEN = "e2e-token";
    private static final Duration PIPELINE_TIMEOUT = Duration.ofSeconds(90);

    /** under target/, not a temp folder: the services' logs stay there for reading after a failure */
    private static final Path DATA_DIR = Path.of("target", "e2e-run").toAbsolutePath();

    private LocalStack stack;
    private ValidatedTopicListener listener;
    private final Map<Path, String> reportIds = new LinkedHashMap<>();

    @BeforeAll
    void startTheSystem() throws IOException {
        stack = RunningStack.start(DATA_DIR.getFileName().toString(), TOKEN);
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
    @Order(1)
    void everySeedReachesValidatedWithItsTablesAndStructureIssues() throws Exception {
        List<Path> seeds = Seeds.documents();
        assertEquals(5, seeds.size(), "seed documents in " + Seeds.folder());
        for (Path seed : seeds) {
            byte[] bytes = Files.readAllBytes(seed);
            HttpResponse<String> response = Http.post(ingest() + "/api/reports", bytes, "text/plain", TOKEN);
            assertEquals(202, response.statusCode(), seed.getFileName() + ": " + response.body());
            String reportId = Http.json(response.body()).path("reportId").asText();
            assertEquals(ReportIds.of(bytes), reportId, "reportId of " + seed.getFileName());
            reportIds.put(seed, reportId);
        }
        for (Path seed : seeds) {
            String name = seed.getFileName().toString();
            JsonNode report = awaitReport(reportIds.get(seed), r -> "VALIDATED".equals(r.path("status").asText()));
            JsonNode expected = JsonCodec.mapper().readTree(Seeds.expectedOf(seed).toFile());
            for (String table : List.of("activeDisclosure", "applications", "reviewLitigation")) {
                assertEquals(expected.path("tables").path(table).path("status").asText(),
                        report.path("tables").path(table).path("status").asText(), name + " tables." + table + ".status");
            }
            Map<String, Integer> codes = issueCodes(report);
            if (name.startsWith("001_")) {
                assertEquals(3, codes.getOrDefault("S_TABLE_EMPTY", 0), name + " issues: " + codes);
            } else if (name.startsWith("004_")) {
                assertEquals(3, codes.getOrDefault("S_TABLE_IMAGE_ONLY", 0), name + " issues: " + codes);
            } else {
                assertEquals(0, codes.getOrDefault("S_TABLE_EMPTY", 0) + codes.getOrDefault("S_TABLE_IMAGE_ONLY", 0)
                        + codes.getOrDefault("S_TABLE_MISSING", 0), name + " has all its tables; issues: " + codes);
                assertTrue(report.path("tables").path("applications").path("newReceived").isArray(),
                        name + " carries the applications table: " + report.path("tables"));
            }
        }
    }

    @Test
    @Order(2)
    void anOutsideSubscriberOfReportsValidatedReceivesOneEventPerReport() throws Exception {
        assertEquals(5, reportIds.size(), "the seeds were pushed by the previous test");
        long deadline = System.nanoTime() + PIPELINE_TIMEOUT.toNanos();
        while (!listener.valuesByKey().keySet().containsAll(reportIds.values()) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        Thread.sleep(2000); // a duplicate, if the pipeline made one, would arrive about now
        for (Map.Entry<Path, String> seed : reportIds.entrySet()) {
            List<String> events = listener.valuesByKey().get(seed.getValue());
            assertTrue(events != null, "no event on " + Topics.VALIDATED + " for " + seed.getKey().getFileName());
            assertEquals(1, events.size(), "events for " + seed.getKey().getFileName());
            var envelope = JsonCodec.readValidated(events.get(0));
            assertEquals(seed.getValue(), envelope.reportId());
        }
    }

    @Test
    @Order(3)
    void pushingTheSameBytesTwiceYieldsOneReport() throws Exception {
        Path seed = Seeds.documents().get(0);
        byte[] bytes = Files.readAllBytes(seed);
        HttpResponse<String> again = Http.post(ingest() + "/api/reports", bytes, "text/plain", TOKEN);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(ReportIds.of(bytes), Http.json(again.body()).path("reportId").asText());
        Thread.sleep(2000); // give a wrongly re-published record time to reach the read model
        JsonNode list = Http.json(Http.get(query() + "/api/reports?size=100").body());
        assertEquals(5, list.path("total").asLong(), "reports in the read model: " + list);
        int copies = 0;
        for (JsonNode item : list.path("items")) {
            copies += ReportIds.of(bytes).equals(item.path("reportId").asText()) ? 1 : 0;
        }
        assertEquals(1, copies);
    }

    @Test
    @Order(4)
    void aWriteWithoutTheTokenIsRefused() throws Exception {
        byte[] bytes = "2099年某单位政府信息公开工作年度报告".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> response = Http.post(ingest() + "/api/reports", bytes, "text/plain", null);
        assertEquals(401, response.statusCode(), response.body());
        assertEquals(404, Http.get(query() + "/api/reports/" + ReportIds.of(bytes)).statusCode());
    }

    @Test
    @Order(5)
    void pushOfAFolderReportsAcceptedThenDuplicates() throws Exception {
        // five documents the system has not seen yet, copied next to the test's data (nothing committed)
        Path folder = DATA_DIR.resolve("push-folder");
        Files.createDirectories(folder);
        List<Path> documents = io.nianbao.testsupport.Corpus.documents(io.nianbao.testsupport.Corpus.synthetic()).stream()
                .filter(p -> p.getFileName().toString().endsWith(".txt")).limit(5).toList();
        for (Path document : documents) {
            Files.copy(document, folder.resolve(document.getFileName()));
        }
        String first = runCli("push", folder.toString(), "--url", ingest(), "--token", TOKEN);
        assertTrue(first.contains("5 accepted, 0 duplicates, 0 rejected"), first);
        String second = runCli("push", folder.toString(), "--url", ingest(), "--token", TOKEN);
        assertTrue(second.contains("0 accepted, 5 duplicates, 0 rejected"), second);
        for (Path document : documents) {
            awaitReport(ReportIds.of(Files.readAllBytes(document)), r -> "VALIDATED".equals(r.path("status").asText()));
        }
    }

    @Test
    @Order(6)
    void aDocumentNearTheSizeLimitIsParsedLikeASmallOne() throws Exception {
        // a seed followed by prose up to 18 MB: its raw event holds a base64 string of ~24 million characters and
        // its parsed event the whole text; such documents were accepted but never parsed (codec limit, heap)
        Path seed = Seeds.documents().get(2);
        StringBuilder text = new StringBuilder(Files.readString(seed));
        String filler = "附注：以下为说明文字，与统计表无关。".repeat(20) + "\n";
        while (text.length() * 3L < 18_000_000L) {
            text.append(filler);
        }
        byte[] bytes = text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> pushed = Http.post(ingest() + "/api/reports", bytes, "text/plain; charset=UTF-8", TOKEN);
        assertEquals(202, pushed.statusCode(), pushed.body());

        JsonNode report = awaitReport(ReportIds.of(bytes), r -> "VALIDATED".equals(r.path("status").asText()));

        JsonNode expected = JsonCodec.mapper().readTree(Seeds.expectedOf(seed).toFile());
        assertEquals(expected.path("organization").asText(), report.path("organization").asText(), "read from " + bytes.length + " bytes");
        for (String table : List.of("activeDisclosure", "applications", "reviewLitigation")) {
            assertEquals(expected.path("tables").path(table).path("status").asText(),
                    report.path("tables").path(table).path("status").asText(), table + "; notes " + report.path("notes"));
        }
        assertEquals(expected.path("tables").path("applications").path("total"),
                report.path("tables").path("applications").path("total"));
    }

    /** Runs the packaged command line as a user would (./nianbao runs the same jar); returns its output. */
    private static String runCli(String... args) throws IOException, InterruptedException {
        Path jar = RepositoryRoot.find().resolve("cli/target/nianbao-cli.jar");
        assertTrue(Files.isRegularFile(jar), "the cli must be packaged first: " + jar);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), "cli did not finish: " + output);
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    private JsonNode awaitReport(String reportId, Predicate<JsonNode> condition) throws Exception {
        long deadline = System.nanoTime() + PIPELINE_TIMEOUT.toNanos();
        String last = "(no answer)";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = Http.get(query() + "/api/reports/" + reportId);
            last = response.statusCode() + " " + response.body();
            if (response.statusCode() == 200) {
                JsonNode report = Http.json(response.body());
                if (condition.test(report)) {
                    return report;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("report " + reportId + " did not reach the expected state within "
                + PIPELINE_TIMEOUT.toSeconds() + " s; last answer: " + last + "\n" + RunningStack.logTails(stack));
    }

    private static Map<String, Integer> issueCodes(JsonNode report) {
        Map<String, Integer> codes = new TreeMap<>();
        for (JsonNode issue : report.path("issues")) {
            codes.merge(issue.path("code").asText(), 1, Integer::sum);
        }
        return codes;
    }

    private String ingest() {
        return stack.settings().url(NianbaoService.INGEST);
    }

    private String query() {
        return stack.settings().url(NianbaoService.QUERY);
    }
}
