package io.nianbao.e2e;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

import io.nianbao.contracts.ReportIds;

/**
 * Pushes documents to the ingest API from a number of concurrent clients. A 503 is retried after its
 * Retry-After (unless the document's client gives up on a 503, see {@code givesUp}); a connection error is
 * retried too (the same bytes answer 200 if the first attempt was in fact accepted).
 */
final class Pusher {

    enum Outcome { ACCEPTED, REFUSED_NOT_RETRIED }

    /** what happened to one document */
    record Result(String reportId, Outcome outcome, int refusals503, int connectionErrors, List<Integer> statuses) {}

    private final String url;
    private final String token;
    private final int clients;
    private final long maxRetryWaitMillis;
    final AtomicInteger answers503 = new AtomicInteger();
    final AtomicInteger answers202 = new AtomicInteger();
    final AtomicInteger connectionErrors = new AtomicInteger();

    Pusher(String ingestUrl, String token, int clients, long maxRetryWaitMillis) {
        this.url = ingestUrl + "/api/reports";
        this.token = token;
        this.clients = clients;
        this.maxRetryWaitMillis = maxRetryWaitMillis;
    }

    /**
     * Pushes every document; {@code givesUp.test(i)} marks the documents whose client does not retry a 503.
     * Returns one result per document, in order.
     */
    List<Result> pushAll(List<LoadDocuments.Document> documents, IntPredicate givesUp) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (int i = 0; i < documents.size(); i++) {
                LoadDocuments.Document d = documents.get(i);
                boolean giveUp = givesUp.test(i);
                futures.add(pool.submit(() -> push(d, giveUp)));
            }
            List<Result> results = new ArrayList<>();
            for (Future<Result> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private Result push(LoadDocuments.Document d, boolean giveUpOn503) throws Exception {
        String reportId = ReportIds.of(d.bytes());
        List<Integer> statuses = new ArrayList<>();
        int refusals = 0;
        int errors = 0;
        long deadline = System.nanoTime() + maxRetryWaitMillis * 1_000_000L;
        while (true) {
            HttpResponse<String> response;
            try {
                response = Http.post(url, d.bytes(), "text/plain; charset=UTF-8", token);
            } catch (IOException e) {
                errors++;
                connectionErrors.incrementAndGet();
                statuses.add(-1);
                check(deadline, d, statuses);
                Thread.sleep(1000);
                continue;
            }
            int status = response.statusCode();
            statuses.add(status);
            if (status == 202 || status == 200) {
                if (status == 202) {
                    answers202.incrementAndGet();
                }
                String answered = Http.json(response.body()).path("reportId").asText();
                if (!reportId.equals(answered)) {
                    throw new AssertionError(d.fileName() + ": reportId " + answered + ", expected " + reportId);
                }
                return new Result(reportId, Outcome.ACCEPTED, refusals, errors, statuses);
            }
            if (status != 503) {
                throw new AssertionError(d.fileName() + ": unexpected answer " + status + " " + response.body());
            }
            refusals++;
            answers503.incrementAndGet();
            if (giveUpOn503) {
                return new Result(reportId, Outcome.REFUSED_NOT_RETRIED, refusals, errors, statuses);
            }
            check(deadline, d, statuses);
            long retryAfter = response.headers().firstValue("Retry-After").map(Long::parseLong)
                    .orElseThrow(() -> new AssertionError("503 without Retry-After: " + response.body()));
            Thread.sleep(Math.min(retryAfter, 5) * 1000);
        }
    }

    private static void check(long deadline, LoadDocuments.Document d, List<Integer> statuses) {
        if (System.nanoTime() > deadline) {
            throw new AssertionError(d.fileName() + " still not accepted after retrying; answers: " + statuses);
        }
    }
}
