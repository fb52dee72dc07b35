package io.nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;

import io.nianbao.contracts.JsonCodec;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Sends documents to a running ingest-service: a few at a time, retrying what the server could not take yet
 * (503, connection refused), with a progress bar, and a summary of accepted, duplicate and rejected files.
 */
@Command(name = "push", description = "Send report documents (files or folders) to a running ingest-service.")
public class PushCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "documents, or folders to walk")
    List<Path> paths;

    @Option(names = "--url", defaultValue = "${env:NIANBAO_INGEST_URL:-http://localhost:8081}",
            description = "ingest-service base URL (default: ${DEFAULT-VALUE})")
    String url;

    @Option(names = "--token", defaultValue = "${env:NIANBAO_TOKEN}", description = "write token (default: $NIANBAO_TOKEN)")
    String token;

    @Option(names = "--concurrency", defaultValue = "4", description = "documents in flight at once (default: ${DEFAULT-VALUE})")
    int concurrency;

    @Option(names = "--batch", description = "batch id to push under (default: a new one, printed at the end)")
    String batchId;

    @Option(names = "--query-url", defaultValue = "${env:NIANBAO_QUERY_URL:-http://localhost:8080}",
            description = "query-service base URL, printed to follow the batch (default: ${DEFAULT-VALUE})")
    String queryUrl;

    @Option(names = "--retries", defaultValue = "5", description = "attempts per document on 503/429/connection refused (default: ${DEFAULT-VALUE})")
    int attempts;

    @Spec
    CommandSpec spec;

    /** ingest takes 20 files per request by default: the page and 19 pictures */
    static final int MAX_PICTURES_PER_PAGE = 19;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (concurrency < 1 || attempts < 1) {
            throw new ParameterException(spec.commandLine(), "--concurrency and --retries must be at least 1");
        }
        if (token == null || token.isBlank()) {
            throw new ParameterException(spec.commandLine(),
                    "no write token: set NIANBAO_TOKEN (printed by `./nianbao up`) or pass --token");
        }
        // an HTML page takes the pictures of its folder it shows along, in one request
        List<PagePictures.Push> documents = PagePictures.group(DocumentFiles.documents(paths), MAX_PICTURES_PER_PAGE);
        if (documents.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no documents found in " + paths);
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String batch = batchId == null || batchId.isBlank() ? BatchIds.next() : batchId.trim();
        URI endpoint = URI.create(url.replaceAll("/+$", "") + "/api/reports?batchId="
                + URLEncoder.encode(batch, StandardCharsets.UTF_8));
        PushSummary summary = new PushSummary();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("push").setInitialMax(documents.size())
                .setStyle(ProgressBarStyle.ASCII).showSpeed().setUnit(" docs", 1)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build()) {
            List<Future<PushOutcome>> futures = new ArrayList<>();
            for (PagePictures.Push document : documents) {
                futures.add(pool.submit(() -> {
                    PushOutcome outcome = document.pictures().isEmpty() ? push(http, endpoint, document.document())
                            : pushWithPictures(http, endpoint, document);
                    bar.step();
                    return outcome;
                }));
            }
            for (Future<PushOutcome> future : futures) {
                try {
                    summary.add(future.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        summary.print(out, (System.nanoTime() - t0) / 1e9);
        out.println("batch " + batch + "  follow it: " + queryUrl.replaceAll("/+$", "") + "/api/batches/"
                + URLEncoder.encode(batch, StandardCharsets.UTF_8).replace("+", "%20"));
        out.flush();
        return summary.rejected().isEmpty() ? 0 : 1;
    }

    private PushOutcome push(HttpClient http, URI endpoint, Path document) throws InterruptedException {
        byte[] body;
        try {
            body = Files.readAllBytes(document);
        } catch (IOException e) {
            return PushOutcome.rejected(document, "cannot read: " + e.getMessage());
        }
        // the file's name goes along: the report and the batch show it
        URI target = URI.create(endpoint + "&fileName="
                + URLEncoder.encode(document.getFileName().toString(), StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", DocumentFiles.contentType(document))
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return withRetries(http, request, document, response -> {
            int status = response.statusCode();
            if (status == 202) {
                return PushOutcome.accepted(document, reportId(response.body()));
            }
            if (status == 200) {
                return PushOutcome.duplicate(document, reportId(response.body()));
            }
            return retryOrReject(document, status, status + " " + problem(response.body()));
        });
    }

    /** what one answer means: an outcome, or {@link Retry} with the problem to try again for */
    private interface AnswerReading {
        Object read(HttpResponse<String> response);
    }

    /** a temporary refusal (503 and the like): send again after a pause */
    private record Retry(String problem) {
    }

    private static Object retryOrReject(Path document, int status, String problem) {
        boolean temporary = status == 503 || status == 429 || status == 502 || status == 504;
        return temporary ? new Retry(problem) : PushOutcome.rejected(document, problem);
    }

    /** sends the request until an answer is final, at most {@code attempts} times with a growing pause */
    private PushOutcome withRetries(HttpClient http, HttpRequest request, Path document, AnswerReading reading)
            throws InterruptedException {
        String lastProblem = "";
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                Object answer = reading.read(http.send(request, HttpResponse.BodyHandlers.ofString()));
                if (answer instanceof PushOutcome outcome) {
                    return outcome;
                }
                lastProblem = ((Retry) answer).problem();
            } catch (ConnectException | HttpTimeoutException e) {
                lastProblem = "cannot reach " + request.uri() + " (" + e.getClass().getSimpleName() + ")";
            } catch (IOException e) {
                lastProblem = "connection failed: " + e.getMessage();
            }
            if (attempt < attempts) {
                Thread.sleep(backoffMillis(attempt));
            }
        }
        return PushOutcome.rejected(document, lastProblem + " after " + attempts + " attempts");
    }

    /**
     * The page and its pictures as one multipart request ({@code file} parts, page first); the page's result in the
     * 207 is the document's outcome. A 503 for the page is retried like any other.
     */
    private PushOutcome pushWithPictures(HttpClient http, URI endpoint, PagePictures.Push push) throws InterruptedException {
        MultipartBody body;
        try {
            body = MultipartBody.of(push.document(), push.pictures());
        } catch (IOException e) {
            return PushOutcome.rejected(push.document(), "cannot read: " + e.getMessage());
        }
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", body.contentType())
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build();
        return withRetries(http, request, push.document(), response -> {
            int status = response.statusCode();
            JsonNode page = status == 207 ? pageResult(response.body()) : null;
            if (page == null) {
                return retryOrReject(push.document(), status, status + " " + problem(response.body()));
            }
            String reportId = page.path("reportId").asText(null);
            switch (page.path("status").asText("")) {
                case "ACCEPTED":
                    return PushOutcome.accepted(push.document(), reportId);
                case "DUPLICATE":
                    return PushOutcome.duplicate(push.document(), reportId);
                default:
                    int pageStatus = page.path("httpStatus").asInt();
                    String problem = pageStatus + " " + problem(page.path("problem").toString());
                    // only the broker's 503 is temporary for a page: the other answers are about the page itself
                    return pageStatus == 503 ? new Retry(problem) : PushOutcome.rejected(push.document(), problem);
            }
        });
    }

    /** the first result of a multipart answer: the page, which is sent first */
    private static JsonNode pageResult(String body) {
        JsonNode json = parse(body);
        JsonNode results = json == null ? null : json.get("results");
        return results != null && results.isArray() && results.size() > 0 ? results.get(0) : null;
    }

    /** 0.5 s, 1 s, 2 s, 4 s … capped at 8 s: enough for a broker or service to come back. */
    static long backoffMillis(int attempt) {
        return Math.min(8000L, 500L << Math.min(attempt - 1, 4));
    }

    private static String reportId(String body) {
        JsonNode json = parse(body);
        return json != null && json.hasNonNull("reportId") ? json.get("reportId").asText() : null;
    }

    /** The reason of an RFC 9457 problem (detail, else title), else the start of the body. */
    static String problem(String body) {
        JsonNode json = parse(body);
        if (json != null && json.hasNonNull("detail")) {
            return json.get("detail").asText();
        }
        if (json != null && json.hasNonNull("title")) {
            return json.get("title").asText();
        }
        String text = body == null ? "" : body.strip();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : JsonCodec.mapper().readTree(body);
        } catch (IOException e) {
            return null;
        }
    }
}
