package io.nianbao.ingest.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.ReportIds;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.nianbao.testsupport.KafkaAndPostgresResource;

/**
 * Issue 8, bad input: at least 10,000 broken, hostile and random pushes over real HTTP to the ingest service on a
 * real broker and database, with the production limits (20 MB per document, 20 files per request). Every answer
 * must be a report (202/200, 207 per file) or a clear problem+json error (4xx, or 503 with Retry-After); never a
 * 500, never a request that hangs. The cases come from a fixed seed ({@code -Dnianbao.fuzz.seed}), so a failure
 * names the case that replays it.
 */
@QuarkusTest
@TestProfile(IngestApiFuzzTest.ProductionLimits.class)
@WithTestResource(KafkaAndPostgresResource.class)
class IngestApiFuzzTest {
    private static final String TOKEN = "test-token";
    private static final long SEED = Long.getLong("nianbao.fuzz.seed", 20261126L);
    private static final int CASES = Integer.getInteger("nianbao.fuzz.cases", 10_000);
    private static final int CLIENTS = 4;
    /** far above any honest answer; a request still open after this counts as a hang */
    private static final Duration HANG_LIMIT = Duration.ofSeconds(60);
    private static final int MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
    private static final Set<Integer> CLEAR_ERRORS = Set.of(400, 413, 415);

    /** the limits an installation runs with, instead of the small ones of the test profile */
    public static class ProductionLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("nianbao.ingest.max-document-bytes", String.valueOf(MAX_DOCUMENT_BYTES),
                    "nianbao.ingest.max-files-per-request", "20");
        }
    }

    @TestHTTPResource("/api/reports")
    URL reports;

    @TestHTTPResource("/q/health/ready")
    URL ready;

    private final AtomicInteger staleConnections = new AtomicInteger();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void tenThousandBrokenAndHostilePushesGetAReportOrAClearError() throws Exception {
        IngestFuzzCases cases = IngestFuzzCases.fromCorpus(SEED);
        Map<String, Integer> byStatus = new ConcurrentHashMap<>();
        Map<String, Integer> byKindAndStatus = new ConcurrentHashMap<>();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        long t0 = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                running.add(clients.submit(() -> {
                    for (int i = next.getAndIncrement(); i < CASES; i = next.getAndIncrement()) {
                        IngestFuzzCases.Case fuzz = cases.get(i);
                        String outcome = send(fuzz, failures, failed);
                        byStatus.merge(outcome, 1, Integer::sum);
                        byKindAndStatus.merge(fuzz.kind() + " " + outcome, 1, Integer::sum);
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get(30, TimeUnit.MINUTES);
            }
        } finally {
            clients.shutdownNow();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("[ingest-fuzz] seed %d: %d inputs in %.1f s over HTTP; answers by status %s; not a report nor a"
                + " clear error: %d; sent again after a closed pooled connection: %d%n", SEED, CASES, seconds, new TreeMap<>(byStatus),
                failed.get(), staleConnections.get());
        System.out.println("[ingest-fuzz] by kind: " + new TreeMap<>(byKindAndStatus));

        assertEquals(List.of(), failures, failed.get() + " answers that are neither a report nor a clear error (seed " + SEED
                + "), the first ones");
        assertEquals(CASES, byStatus.values().stream().mapToInt(Integer::intValue).sum(), "every input was answered");
        assertTrue(byStatus.containsKey("202"), "some inputs are readable documents and must be accepted");
        assertTrue(byStatus.containsKey("415"), "binary junk must be refused as unsupported");
        assertServiceStillReady();
    }

    /**
     * The big ones, few because each costs tens of MB: a document above the 20 MB limit, 50 MB of text, a DOCX that
     * inflates to 1 GB, and 200,000 nested tags.
     */
    @Test
    void bigDocumentsAndABombAreRefusedOrAcceptedCleanly() throws Exception {
        byte[] fiftyMegabytes = new byte[50 * 1024 * 1024];
        Arrays.fill(fiftyMegabytes, (byte) '9');
        assertTooLarge(post(fiftyMegabytes, "text/plain"), "50 MB of text");

        byte[] heading = "一、总体情况\n".getBytes(StandardCharsets.UTF_8);
        byte[] justAbove = Arrays.copyOf(heading, MAX_DOCUMENT_BYTES + 1);
        Arrays.fill(justAbove, heading.length, justAbove.length, (byte) ' ');
        assertTooLarge(post(justAbove, "text/plain"), "one byte above the limit");

        byte[] bomb = IngestFuzzCases.docxBomb(1L << 30, SEED);
        HttpResponse<String> bombAnswer = post(bomb, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        System.out.printf("[ingest-fuzz] DOCX of %,d bytes inflating to 1 GB: %d %s%n", bomb.length, bombAnswer.statusCode(),
                bombAnswer.body());
        assertTrue(List.of(202, 415).contains(bombAnswer.statusCode()), "a zip bomb is accepted (parse-service guards"
                + " the inflation) or refused, nothing else: " + bombAnswer.statusCode() + " " + bombAnswer.body());
        assertClear(bombAnswer, bomb);

        byte[] nested = ("<html><body>" + "<div>".repeat(1_000_000) + "表1").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> nestedAnswer = post(nested, "text/html");
        assertEquals(202, nestedAnswer.statusCode(), "HTML nested a million deep is a document like any other (5 MB)");
        assertClear(nestedAnswer, nested);
        assertServiceStillReady();
    }

    private void assertTooLarge(HttpResponse<String> answer, String what) {
        assertEquals(413, answer.statusCode(), what + ": " + answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith(Problem.MEDIA_TYPE), what);
        assertEquals(413, Http.json(answer.body()).path("status").asInt(), what);
    }

    private void assertClear(HttpResponse<String> answer, byte[] body) {
        IngestFuzzCases.Case single = new IngestFuzzCases.Case(-1, IngestFuzzCases.Kind.EMPTY, body, null, "", null);
        String problem = check(single, answer);
        assertEquals(null, problem);
    }

    private void assertServiceStillReady() throws Exception {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(ready.toURI()).timeout(HANG_LIMIT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode(), "readiness after the fuzz: " + health.body());
    }

    /** sends one case; returns the status as text ("hang" or "io-error" when there was none) and notes failures */
    private String send(IngestFuzzCases.Case fuzz, List<String> failures, AtomicInteger failed) {
        HttpResponse<String> answer;
        try {
            answer = sendOnce(fuzz);
        } catch (HttpTimeoutException e) {
            note(failures, failed, fuzz.describe() + ": no answer within " + HANG_LIMIT.toSeconds() + " s");
            return "hang";
        } catch (IOException e) {
            note(failures, failed, fuzz.describe() + ": connection failed: " + e);
            return "io-error";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
        String problem = check(fuzz, answer);
        if (problem != null) {
            note(failures, failed, fuzz.describe() + ": " + problem);
        }
        return String.valueOf(answer.statusCode());
    }

    /**
     * The server closes a connection after some refusals (an over-long request line, an unread body); the JDK client
     * can pick that connection from its pool just before it learns so, and then sees no bytes at all. Such a request
     * never reached the server, so it is sent once more (the dead connection has left the pool); a second failure counts.
     */
    private HttpResponse<String> sendOnce(IngestFuzzCases.Case fuzz) throws IOException, InterruptedException {
        try {
            return fuzz.multipart() ? postMultipart(fuzz) : post(fuzz.body(), fuzz.contentType(), fuzz.query());
        } catch (IOException e) {
            if (e instanceof HttpTimeoutException || !String.valueOf(e.getMessage()).contains("received no bytes")) {
                throw e;
            }
            staleConnections.incrementAndGet();
            return fuzz.multipart() ? postMultipart(fuzz) : post(fuzz.body(), fuzz.contentType(), fuzz.query());
        }
    }

    /** counts a failure and keeps the first few for the message */
    private static void note(List<String> failures, AtomicInteger failed, String failure) {
        if (failed.incrementAndGet() <= 20) {
            failures.add(failure);
        }
    }

    /** null when the answer is a report or a clear error, else what is wrong with it */
    private static String check(IngestFuzzCases.Case fuzz, HttpResponse<String> answer) {
        int status = answer.statusCode();
        String contentType = answer.headers().firstValue("Content-Type").orElse("");
        String body = answer.body();
        if (status == 202 || status == 200) {
            JsonNode result = Http.json(body);
            String expectedId = fuzz.multipart() ? null : ReportIds.of(fuzz.body());
            if (expectedId != null && !expectedId.equals(result.path("reportId").asText())) {
                return status + " with reportId " + result.path("reportId").asText() + ", expected " + expectedId;
            }
            String expectedStatus = status == 202 ? "ACCEPTED" : "DUPLICATE";
            return expectedStatus.equals(result.path("status").asText()) ? null : status + " but " + body;
        }
        if (status == 207 && fuzz.multipart()) {
            JsonNode results = Http.json(body).path("results");
            if (results.size() != fuzz.parts().size()) {
                return "207 with " + results.size() + " results for " + fuzz.parts().size() + " files";
            }
            for (JsonNode r : results) {
                String s = r.path("status").asText();
                if (s.equals("REJECTED") && !(CLEAR_ERRORS.contains(r.path("httpStatus").asInt())
                        || r.path("httpStatus").asInt() == 503)) {
                    return "207 with a file rejected as " + r.path("httpStatus").asInt() + ": " + r;
                }
                if (!Set.of("ACCEPTED", "DUPLICATE", "REJECTED").contains(s)) {
                    return "207 with a file in status " + s;
                }
            }
            return null;
        }
        if (status == 414 || status == 431) {
            // the HTTP server refuses an over-long request line or header before any application code runs: a clear
            // status, but with no body it can give no problem+json
            return fuzz.query().length() > 4000 || fuzz.contentType() != null && fuzz.contentType().length() > 4000 ? null
                    : status + " for a request line of ordinary length";
        }
        boolean clear = CLEAR_ERRORS.contains(status)
                || (status == 503 && answer.headers().firstValue("Retry-After").isPresent());
        if (!clear) {
            return "answer " + status + " " + abbreviate(body);
        }
        if (!contentType.startsWith(Problem.MEDIA_TYPE)) {
            return status + " as " + contentType + " instead of problem+json: " + abbreviate(body);
        }
        JsonNode problemJson = Http.json(body);
        if (problemJson.path("status").asInt() != status || problemJson.path("detail").asText().isBlank()) {
            return status + " with an unclear problem: " + abbreviate(body);
        }
        return null;
    }

    private HttpResponse<String> post(byte[] body, String contentType) throws IOException, InterruptedException {
        return post(body, contentType, "");
    }

    private HttpResponse<String> post(byte[] body, String contentType, String query) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(query)).timeout(HANG_LIMIT)
                .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> postMultipart(IngestFuzzCases.Case fuzz) throws IOException, InterruptedException {
        String boundary = "fuzz" + fuzz.index() + "x" + Long.toHexString(SEED);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (IngestFuzzCases.Part part : fuzz.parts()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + part.fileName()
                    + "\"\r\nContent-Type: " + part.contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpRequest request = HttpRequest.newBuilder(uri(fuzz.query())).timeout(HANG_LIMIT)
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String query) {
        return URI.create(reports + (query == null || query.isEmpty() ? "" : "?" + query));
    }

    private static String abbreviate(String s) {
        return s == null || s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }

    /** JSON of an answer; a body that is not JSON fails the check that reads it */
    private static final class Http {
        private Http() {}

        static JsonNode json(String body) {
            try {
                return JsonCodec.mapper().readTree(body);
            } catch (IOException e) {
                return JsonCodec.mapper().createObjectNode().put("notJson", body);
            }
        }
    }
}
