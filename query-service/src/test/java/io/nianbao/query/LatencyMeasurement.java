package io.nianbao.query;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.ReportIds;
import io.nianbao.contracts.Topics;
import io.nianbao.contracts.event.EventEnvelope;
import io.nianbao.contracts.event.EventTypes;
import io.nianbao.contracts.event.ReportParsed;
import io.nianbao.contracts.event.ReportSource;
import io.nianbao.contracts.event.ReportValidated;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.contracts.model.TableStatus;
import io.nianbao.testsupport.KafkaAndPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * Measures (does not assert) the p95 latency of GET /api/reports?year=… and of a series query with 1,000 reports
 * loaded through Kafka. Run on demand: mvn -pl query-service test -Dtest=LatencyMeasurement (its name keeps it out of the normal test run: it measures, it asserts nothing)
 * Figures go to stdout and target/latency.txt.
 */
@QuarkusTest
@TestProfile(SeparateStoresProfile.class)
@WithTestResource(KafkaAndPostgresResource.class)
class LatencyMeasurement {
    static final int REPORTS = 1000;
    static final int BODIES = 200;
    static final int SAMPLES = 300;

    @Test
    void measure() throws Exception {
        List<ParsedReport> templates = Seed.all().stream().map(Seed::report)
                .filter(r -> r.tables.applications.status == TableStatus.PRESENT).toList();
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        for (int i = 0; i < REPORTS; i++) {
            ParsedReport r = JsonCodec.readReport(JsonCodec.write(templates.get(i % templates.size())));
            r.organization = "测量机关" + (i % BODIES) + "人民政府";
            r.year = 2019 + i / BODIES;
            r.tables.applications.newReceived.set(6, (long) i);
            byte[] bytes = ("measurement report " + i).getBytes(StandardCharsets.UTF_8);
            String id = ReportIds.of(bytes);
            ReportSource source = new ReportSource("m" + i + ".txt", "text/plain", bytes.length, ReportIds.sha256(bytes), null,
                    null, null, Instant.now(), "measure");
            records.add(new ProducerRecord<>(Topics.PARSED, id, JsonCodec.write(EventEnvelope.of(id, EventTypes.REPORT_PARSED,
                    new ReportParsed(source, r, 1000)))));
            records.add(new ProducerRecord<>(Topics.VALIDATED, id, JsonCodec.write(EventEnvelope.of(id, EventTypes.REPORT_VALIDATED,
                    new ReportValidated(r.organization, r.organization, r.year, r.template, 1, "parsed", List.of())))));
        }
        long loadStart = System.nanoTime();
        try (KafkaCompanion kafka = new KafkaCompanion(ConfigProvider.getConfig().getValue("nianbao.test.kafka", String.class))) {
            kafka.produceStrings().fromRecords(records).awaitCompletion(Duration.ofMinutes(2));
        }
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1)).until(() -> given()
                .get("/api/reports?organization=测量机关&status=VALIDATED&size=1").then().extract().<Integer>path("total") >= REPORTS);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

        String yearQuery = "/api/reports?year=2021";
        String seriesQuery = "/api/organizations/测量机关7人民政府/series?metric=applications.newReceived.total";
        warmUp(yearQuery);
        warmUp(seriesQuery);
        long[] list = sample(yearQuery);
        long[] series = sample(seriesQuery);
        long[] filtered = sample("/api/reports?year=2021&organization=测量机关1&severity=ERROR");
        long[] stats = sample("/api/stats?year=2021");
        String report = String.format("reports loaded: %d (%d parsed + validated events through Kafka in %.1f s)%n"
                        + "GET %s  p50 %.1f ms  p95 %.1f ms  (n=%d)%n"
                        + "GET %s  p50 %.1f ms  p95 %.1f ms  (n=%d)%n"
                        + "GET /api/reports?year=2021&organization=…&severity=ERROR  p50 %.1f ms  p95 %.1f ms%n"
                        + "GET /api/stats?year=2021  p50 %.1f ms  p95 %.1f ms%n",
                REPORTS, records.size(), loadSeconds, yearQuery, pct(list, 50), pct(list, 95), SAMPLES,
                seriesQuery, pct(series, 50), pct(series, 95), SAMPLES, pct(filtered, 50), pct(filtered, 95),
                pct(stats, 50), pct(stats, 95));
        System.out.println("[latency] " + report);
        Files.writeString(Path.of("target", "latency.txt"), report);
        assertTrue(list.length == SAMPLES);
    }

    private static void warmUp(String url) {
        for (int i = 0; i < 30; i++) {
            given().get(url).then().statusCode(200);
        }
    }

    private static long[] sample(String url) {
        long[] nanos = new long[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            long t = System.nanoTime();
            given().get(url).then().statusCode(200);
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
