package io.nianbao.query;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.Topics;
import io.nianbao.contracts.event.EventEnvelope;
import io.nianbao.contracts.event.EventTypes;
import io.nianbao.contracts.event.ReportRejected;
import io.nianbao.contracts.model.CellEvidence;
import io.nianbao.contracts.model.NarrativeFigure;
import io.nianbao.testsupport.Corpus;
import io.nianbao.testsupport.KafkaAndPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * Evidence and batches through a real Kafka broker into a real PostgreSQL, read back over HTTP: for every cell
 * of the seeds 000, 002 and 003 (as the real parser reads them) the source served at the cell's offset is the
 * cell's raw text, and every prose figure's quote is at its offset; a batch counts its reports, the documents
 * refused at ingest and the reports none of whose tables could be read, with the reasons.
 */
@QuarkusTest
@TestProfile(SeparateStoresProfile.class)
@WithTestResource(KafkaAndPostgresResource.class)
class EvidenceAndBatchesTest {
    static final Duration WAIT = Duration.ofSeconds(60);

    private static void send(String topic, String key, String value) {
        try (KafkaCompanion kafka = new KafkaCompanion(ConfigProvider.getConfig().getValue("nianbao.test.kafka", String.class))) {
            kafka.produceStrings().fromRecords(List.of(new ProducerRecord<>(topic, key, value))).awaitCompletion(WAIT);
        }
    }

    private static ParsedSeed seed(String prefix, String batch) {
        return ParsedSeed.of(Corpus.documents(Corpus.seeds()).stream()
                .filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow(), batch);
    }

    private static void publish(ParsedSeed s) {
        send(Topics.RAW, s.reportId(), s.raw());
        send(Topics.PARSED, s.reportId(), s.parsedEvent());
        send(Topics.VALIDATED, s.reportId(), s.validated());
    }

    private static void awaitValidated(ParsedSeed s) {
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/reports/" + s.reportId())
                .then().statusCode(200).body("status", equalTo("VALIDATED")));
    }

    @Test
    void everyCellOfTheSeedsPointsAtItsRawTextInTheServedSource() {
        String batch = "evidence-" + UUID.randomUUID();
        List<ParsedSeed> seeds = List.of(seed("000_", batch), seed("002_", batch), seed("003_", batch));
        seeds.forEach(EvidenceAndBatchesTest::publish);
        List<String> wrong = new ArrayList<>();
        for (ParsedSeed s : seeds) {
            awaitValidated(s);
            Response report = given().get("/api/reports/" + s.reportId()).then().statusCode(200).extract().response();
            Map<String, Map<String, Object>> cells = report.path("cells");
            assertNotNull(cells, s.name() + ": GET /api/reports/{id} serves the cells");
            assertEquals(s.report().cells.size(), cells.size(), s.name());
            assertEquals(s.report().sections, report.<List<Integer>>path("sections"), s.name());
            int located = 0;
            for (Map.Entry<String, CellEvidence> cell : s.report().cells.entrySet()) {
                CellEvidence ev = cell.getValue();
                assertEquals(ev.raw(), cells.get(cell.getKey()).get("raw"), s.name() + " " + cell.getKey());
                if (ev.offset() == null) {
                    continue;
                }
                located++;
                // the API's numbers, not the test's, decide where to look
                int offset = ((Number) cells.get(cell.getKey()).get("offset")).intValue();
                int length = ((Number) cells.get(cell.getKey()).get("length")).intValue();
                Response w = given().queryParam("offset", offset).queryParam("length", length).queryParam("context", 0)
                        .get("/api/reports/" + s.reportId() + "/source").then().statusCode(200).extract().response();
                if (!ev.raw().equals(w.path("text"))) {
                    wrong.add(s.name() + " " + cell.getKey() + ": served '" + w.path("text") + "', raw '" + ev.raw() + "'");
                }
            }
            assertTrue(located > 50, s.name() + ": cells located " + located);
            for (NarrativeFigure f : s.report().narrative) {
                if (f.offset == null) {
                    continue;
                }
                Response w = given().queryParam("offset", f.offset).queryParam("length", f.quote.length())
                        .get("/api/reports/" + s.reportId() + "/source").then().statusCode(200).extract().response();
                String text = w.path("text");
                int start = w.path("start");
                String at = text.substring(f.offset - start, f.offset - start + f.quote.length());
                if (!f.quote.equals(at)) {
                    wrong.add(s.name() + " narrative " + f.metric + ": served '" + at + "', quote '" + f.quote + "'");
                }
                assertTrue(start <= f.offset && w.<Integer>path("end") >= f.offset + f.quote.length(), "window holds the span");
            }
            // the whole text only when asked for it
            assertEquals(s.text(), given().get("/api/reports/" + s.reportId() + "/source.txt").then().statusCode(200)
                    .extract().asString());
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " spans wrong: " + wrong.subList(0, Math.min(10, wrong.size())));
    }

    @Test
    void aWindowHasTheContextAskedForAndBadSpansAreRefused() {
        ParsedSeed s = seed("002_", "window-" + UUID.randomUUID());
        publish(s);
        awaitValidated(s);
        int length = s.text().length();
        Map.Entry<String, CellEvidence> cell = s.report().cells.entrySet().stream()
                .filter(e -> e.getValue().offset() != null && e.getValue().offset() > 300).findFirst().orElseThrow();
        int offset = cell.getValue().offset();
        given().queryParam("offset", offset).queryParam("length", cell.getValue().length())
                .get("/api/reports/" + s.reportId() + "/source").then().statusCode(200)
                .body("textLength", equalTo(length)).body("start", equalTo(offset - 200))
                .body("end", equalTo(Math.min(length, offset + cell.getValue().length() + 200)))
                .body("text", equalTo(s.text().substring(offset - 200, Math.min(length, offset + cell.getValue().length() + 200))));
        // near the end the window stops at the end of the text
        given().queryParam("offset", length - 1).queryParam("length", 1).queryParam("context", 50)
                .get("/api/reports/" + s.reportId() + "/source").then().statusCode(200)
                .body("end", equalTo(length)).body("text", equalTo(s.text().substring(length - 51)));
        given().queryParam("offset", length).queryParam("length", 5).get("/api/reports/" + s.reportId() + "/source")
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("offset", -1).get("/api/reports/" + s.reportId() + "/source").then().statusCode(400);
        given().queryParam("context", 999999).get("/api/reports/" + s.reportId() + "/source").then().statusCode(400);
        given().get("/api/reports/ffffffffffffffff/source").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aBatchCountsItsReportsAndItsFailuresWithTheirReasons() {
        String batch = "batch-" + UUID.randomUUID();
        ParsedSeed yantai = seed("000_", batch);
        ParsedSeed other = seed("003_", batch);
        ParsedSeed emptyTables = seed("001_", batch); // the seed whose three tables are empty
        for (ParsedSeed s : List.of(yantai, other, emptyTables)) {
            publish(s);
        }
        send(Topics.REJECTED, batch, JsonCodec.write(EventEnvelope.of(batch, EventTypes.REPORT_REJECTED,
                new ReportRejected(batch, "archive.zip", "application/zip", 16, 415, "不支持的文件格式：ZIP 压缩包", Instant.now()))));
        // a report of another batch and a refusal of another batch do not count
        ParsedSeed elsewhere = seed("002_", "another-" + UUID.randomUUID());
        publish(elsewhere);

        for (ParsedSeed s : List.of(yantai, other, emptyTables, elsewhere)) {
            awaitValidated(s);
        }
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/batches/" + batch).then().statusCode(200)
                .body("received", equalTo(4)));
        Response b = given().get("/api/batches/" + batch).then().statusCode(200).extract().response();
        assertEquals(batch, b.path("batchId"));
        assertEquals(3, b.<Integer>path("accepted"));
        assertEquals(3, b.<Integer>path("parsed"));
        assertEquals(3, b.<Integer>path("validated"));
        assertEquals(2, b.<Integer>path("failed"), b.asString());
        List<Map<String, Object>> failures = b.path("failures");
        Map<String, Object> refused = failures.stream().filter(f -> "INGEST".equals(f.get("stage"))).findFirst().orElseThrow();
        assertEquals("archive.zip", refused.get("fileName"));
        assertEquals(415, refused.get("httpStatus"));
        assertTrue(((String) refused.get("reason")).contains("ZIP"));
        Map<String, Object> unreadable = failures.stream().filter(f -> "PARSE".equals(f.get("stage"))).findFirst().orElseThrow();
        assertEquals(emptyTables.reportId(), unreadable.get("reportId"));
        assertTrue(((String) unreadable.get("reason")).contains("EMPTY"), unreadable.toString());
        assertEquals(3, b.<List<?>>path("reports").size());
        assertEquals(emptyTables.reportId(), b.path("reports[0].reportId"), "failed reports first");

        // the list of recent batches has it, newest first
        given().get("/api/batches?limit=100").then().statusCode(200)
                .body("find { it.batchId == '" + batch + "' }.received", equalTo(4))
                .body("find { it.batchId == '" + batch + "' }.failed", equalTo(2));
        given().get("/api/batches/no-such-batch").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/batches?limit=0").then().statusCode(400);
        assertFalse(given().get("/api/batches").then().statusCode(200).extract().<List<?>>path("$").isEmpty());
    }
}
