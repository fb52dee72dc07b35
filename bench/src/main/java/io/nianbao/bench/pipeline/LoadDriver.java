package io.nianbao.bench.pipeline;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.nianbao.bench.BenchDocument;
import io.nianbao.bench.DocumentLoader;
import io.nianbao.bench.Stats;
import io.nianbao.bench.pipeline.Variants.Variant;

/**
 * End-to-end load on running services (./nianbao up): pushes N distinct report variants to ingest-service,
 * first at a fixed rate, then flat out, and polls query-service until each report is VALIDATED. Prints
 * throughput and p50/p95/p99 latency from push to VALIDATED. Not part of the test suite.
 *
 * <pre>
 * NIANBAO_TOKEN=... java -cp bench/target/nianbao-bench.jar io.nianbao.bench.pipeline.LoadDriver \
 *     --count 200 --rate 5 [--flat-count 1000] [--ingest http://localhost:8081] [--query http://localhost:8080]
 * </pre>
 */
public final class LoadDriver {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Options options;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    LoadDriver(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        List<BenchDocument> corpus = new ArrayList<>();
        DocumentLoader loader = new DocumentLoader();
        corpus.addAll(loader.load(options.corpus.resolve("seeds"), 0));
        corpus.addAll(loader.load(options.corpus.resolve("synthetic"), 0));
        String runId = Instant.now().toString();
        int flatCount = options.flatCount > 0 ? options.flatCount : options.count;
        List<Variant> variants = Variants.of(corpus, runId, options.count + flatCount);
        LoadDriver driver = new LoadDriver(options);
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("runId", runId);
        results.put("fixedRate", driver.phase("fixed rate " + options.rate + "/s", variants.subList(0, options.count),
                options.rate));
        results.put("flatOut", driver.phase("flat out, " + options.senders + " senders",
                variants.subList(options.count, options.count + flatCount), 0));
        Files.createDirectories(options.output.toAbsolutePath().getParent());
        Files.writeString(options.output, JSON.copy().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(results));
        System.out.println("JSON results: " + options.output.toAbsolutePath());
    }

    /** Pushes the variants (at ratePerSecond, or as fast as the senders can when 0) and waits for VALIDATED. */
    Map<String, Object> phase(String name, List<Variant> variants, double ratePerSecond) throws InterruptedException {
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Map<String, Long> validatedAt = new ConcurrentHashMap<>();
        AtomicInteger rejected = new AtomicInteger();
        long start = System.nanoTime();
        int senders = ratePerSecond > 0 ? 1 : options.senders;
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        AtomicInteger next = new AtomicInteger();
        for (int s = 0; s < senders; s++) {
            pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < variants.size(); i = next.getAndIncrement()) {
                    if (ratePerSecond > 0) {
                        sleepUntil(start + (long) (i * 1e9 / ratePerSecond));
                    }
                    long t = System.nanoTime();
                    String id = push(variants.get(i));
                    if (id == null) {
                        rejected.incrementAndGet();
                    } else {
                        sentAt.putIfAbsent(id, t);
                    }
                }
            });
        }
        pool.shutdown();
        long deadline = start + TimeUnit.SECONDS.toNanos(options.timeoutSeconds);
        while (System.nanoTime() < deadline
                && (!pool.isTerminated() || validatedAt.size() < sentAt.size())) {
            for (String id : sentAt.keySet()) {
                if (!validatedAt.containsKey(id) && validated(id)) {
                    validatedAt.put(id, System.nanoTime());
                }
            }
            Thread.sleep(options.pollMillis);
        }
        pool.shutdownNow();
        long pushEnd = sentAt.values().stream().mapToLong(Long::longValue).max().orElse(start);
        long end = validatedAt.values().stream().mapToLong(Long::longValue).max().orElse(start);
        double[] latenciesMs = validatedAt.entrySet().stream()
                .mapToDouble(e -> (e.getValue() - sentAt.get(e.getKey())) / 1e6).sorted().toArray();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("phase", name);
        out.put("pushed", sentAt.size());
        out.put("rejected", rejected.get());
        out.put("validated", validatedAt.size());
        out.put("pushRatePerSecond", sentAt.size() / Math.max(1e-9, (pushEnd - start) / 1e9));
        out.put("throughputPerSecond", validatedAt.size() / Math.max(1e-9, (end - start) / 1e9));
        out.put("latencyMsP50", percentile(latenciesMs, 0.50));
        out.put("latencyMsP95", percentile(latenciesMs, 0.95));
        out.put("latencyMsP99", percentile(latenciesMs, 0.99));
        out.put("latencyMsMedianSpread", Stats.of(latenciesMs).spreadPercent());
        System.out.printf("%-24s pushed %d (rejected %d), VALIDATED %d, push %.1f/s, end-to-end %.2f reports/s, "
                        + "latency p50 %.0f ms, p95 %.0f ms, p99 %.0f ms (poll every %d ms)%n", name, sentAt.size(),
                rejected.get(), validatedAt.size(), out.get("pushRatePerSecond"), out.get("throughputPerSecond"),
                out.get("latencyMsP50"), out.get("latencyMsP95"), out.get("latencyMsP99"), options.pollMillis);
        return out;
    }

    /** The reportId of an accepted push; null (and a line on stderr) when the service refused it. */
    private String push(Variant variant) {
        URI uri = URI.create(options.ingest + "/api/reports?fileName="
                + URLEncoder.encode(variant.fileName(), StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + options.token)
                .header("Content-Type", variant.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(variant.bytes())).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                System.err.println("push " + variant.fileName() + ": HTTP " + response.statusCode() + " " + response.body());
                return null;
            }
            return JSON.readTree(response.body()).path("reportId").asText(null);
        } catch (IOException e) {
            System.err.println("push " + variant.fileName() + ": " + e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private boolean validated(String reportId) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(options.query + "/api/reports/" + reportId))
                .timeout(Duration.ofSeconds(10)).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return false;
            }
            JsonNode body = JSON.readTree(response.body());
            return "VALIDATED".equals(body.path("status").asText());
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleepUntil(long nanoTime) {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static Double percentile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** Command-line options of the load driver. */
    static final class Options {
        String ingest = "http://localhost:8081";
        String query = "http://localhost:8080";
        String token = System.getenv("NIANBAO_TOKEN");
        int count = 100;
        /** Reports of the flat-out phase; 0 means as many as --count. */
        int flatCount;
        double rate = 5;
        int senders = 4;
        long pollMillis = 100;
        long timeoutSeconds = 600;
        Path corpus;
        Path output = Path.of("bench", "results", "pipeline-latest.json");

        static Options parse(String... args) {
            Options o = new Options();
            for (int i = 0; i + 1 < args.length; i += 2) {
                String value = args[i + 1];
                switch (args[i]) {
                    case "--ingest" -> o.ingest = value;
                    case "--query" -> o.query = value;
                    case "--count" -> o.count = Integer.parseInt(value);
                    case "--flat-count" -> o.flatCount = Integer.parseInt(value);
                    case "--rate" -> o.rate = Double.parseDouble(value);
                    case "--senders" -> o.senders = Integer.parseInt(value);
                    case "--poll-ms" -> o.pollMillis = Long.parseLong(value);
                    case "--timeout-s" -> o.timeoutSeconds = Long.parseLong(value);
                    case "--corpus" -> o.corpus = Path.of(value);
                    case "--out" -> o.output = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (o.token == null || o.token.isBlank()) {
                throw new IllegalArgumentException("set NIANBAO_TOKEN to a write token of ingest-service");
            }
            if (o.corpus == null) {
                o.corpus = io.nianbao.bench.BenchConfig.parse("--out", o.output.toString()).corpus();
            }
            if (o.rate <= 0) {
                throw new IllegalArgumentException("--rate must be > 0 (the flat-out phase always follows)");
            }
            return o;
        }
    }
}
