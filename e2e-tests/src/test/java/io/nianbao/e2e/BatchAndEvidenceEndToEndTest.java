package io.nianbao.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;

import io.nianbao.contracts.ReportIds;
import io.nianbao.infra.LocalStack;
import io.nianbao.infra.NianbaoService;
import io.nianbao.infra.RepositoryRoot;

/**
 * Batches and evidence on the whole system (packaged services, real broker and database): `./nianbao push` of a
 * folder with two seeds and an empty file creates a batch, which the query API counts as 3 received, 2 validated
 * and 1 failed with the reason ingest gave; and for every cell of the two seeds, the source text the query API
 * serves at the cell's offset is the cell's raw text (the parser's text went through reports.parsed).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatchAndEvidenceEndToEndTest {
    private static final String TOKEN = "e2e-batch-token";
    private static final Duration PIPELINE_TIMEOUT = Duration.ofSeconds(120);
    private static final Pattern BATCH_LINE = Pattern.compile("batch (\\S+)  follow it: (\\S+)");

    private LocalStack stack;

    @BeforeAll
    void startTheSystem() throws IOException {
        stack = RunningStack.start("batch-run", TOKEN);
    }

    @AfterAll
    void stopTheSystem() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void aPushIsABatchWithItsFailuresAndEveryCellPointsAtItsSourceText() throws Exception {
        Path folder = Path.of("target", "batch-run", "push-folder").toAbsolutePath();
        Files.createDirectories(folder);
        List<String> reportIds = new ArrayList<>();
        for (Path seed : Seeds.documents()) {
            String name = seed.getFileName().toString();
            if (name.startsWith("000_") || name.startsWith("002_")) {
                Files.copy(seed, folder.resolve(name));
                reportIds.add(ReportIds.of(Files.readAllBytes(seed)));
            }
        }
        Files.write(folder.resolve("empty.txt"), new byte[0]);

        String output = runCli(1, "push", folder.toString(), "--url", ingest(), "--query-url", query(), "--token", TOKEN);
        assertTrue(output.contains("2 accepted, 0 duplicates, 1 rejected"), output);
        Matcher line = BATCH_LINE.matcher(output);
        assertTrue(line.find(), "push prints its batch: " + output);
        String batch = line.group(1);
        assertEquals(query() + "/api/batches/" + URLEncoder.encode(batch, StandardCharsets.UTF_8), line.group(2));

        JsonNode b = await(line.group(2), j -> j.path("validated").asInt() == 2 && j.path("received").asInt() == 3);
        assertEquals(batch, b.path("batchId").asText());
        assertEquals(2, b.path("accepted").asInt(), b.toString());
        assertEquals(2, b.path("parsed").asInt(), b.toString());
        assertEquals(1, b.path("failed").asInt(), b.toString());
        JsonNode failure = b.path("failures").get(0);
        assertEquals("INGEST", failure.path("stage").asText(), b.toString());
        assertEquals("empty.txt", failure.path("fileName").asText(), b.toString());
        assertEquals(400, failure.path("httpStatus").asInt(), b.toString());
        assertTrue(failure.path("reason").asText().contains("没有文档内容"), b.toString());
        JsonNode recent = Http.json(Http.get(query() + "/api/batches").body());
        assertTrue(recent.isArray() && recent.size() >= 1 && batch.equals(recent.get(0).path("batchId").asText()), recent.toString());

        List<String> wrong = new ArrayList<>();
        for (String id : reportIds) {
            JsonNode report = Http.json(Http.get(query() + "/api/reports/" + id).body());
            assertEquals(batch, report.path("source").path("batchId").asText());
            JsonNode cells = report.path("cells");
            assertTrue(cells.size() > 50, id + " cells: " + cells.size());
            int located = 0;
            for (Iterator<Map.Entry<String, JsonNode>> it = cells.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> cell = it.next();
                JsonNode ev = cell.getValue();
                if (!ev.has("offset")) {
                    continue;
                }
                located++;
                String served = window(id, ev.path("offset").asInt(), ev.path("length").asInt());
                if (!served.equals(ev.path("raw").asText())) {
                    wrong.add(id + " " + cell.getKey() + ": served '" + served + "', raw '" + ev.path("raw").asText() + "'");
                }
            }
            assertTrue(located > 50, id + ": located cells " + located);
            for (JsonNode figure : report.path("narrative")) {
                if (figure.has("offset")) {
                    String quote = figure.path("quote").asText();
                    String served = window(id, figure.path("offset").asInt(), quote.length());
                    if (!served.equals(quote)) {
                        wrong.add(id + " narrative " + figure.path("metric").asText() + ": served '" + served + "'");
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " spans wrong, e.g. " + wrong.subList(0, Math.min(10, wrong.size())));
    }

    private String window(String reportId, int offset, int length) throws Exception {
        HttpResponse<String> r = Http.get(query() + "/api/reports/" + reportId + "/source?offset=" + offset + "&length=" + length
                + "&context=0");
        assertEquals(200, r.statusCode(), r.body());
        return Http.json(r.body()).path("text").asText();
    }

    private JsonNode await(String url, Predicate<JsonNode> condition) throws Exception {
        long deadline = System.nanoTime() + PIPELINE_TIMEOUT.toNanos();
        String last = "(no answer)";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = Http.get(url);
            last = response.statusCode() + " " + response.body();
            if (response.statusCode() == 200 && condition.test(Http.json(response.body()))) {
                return Http.json(response.body());
            }
            Thread.sleep(500);
        }
        throw new AssertionError(url + " did not reach the expected state within " + PIPELINE_TIMEOUT.toSeconds()
                + " s; last answer: " + last + "\n" + RunningStack.logTails(stack));
    }

    /** Runs the packaged command line as a user would; returns its output. */
    private static String runCli(int expectedExit, String... args) throws IOException, InterruptedException {
        Path jar = RepositoryRoot.find().resolve("cli/target/nianbao-cli.jar");
        assertTrue(Files.isRegularFile(jar), "the cli must be packaged first: " + jar);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "cli did not finish: " + output);
        assertEquals(expectedExit, process.exitValue(), output);
        return output;
    }

    private String ingest() {
        return stack.settings().url(NianbaoService.INGEST);
    }

    private String query() {
        return stack.settings().url(NianbaoService.QUERY);
    }
}
