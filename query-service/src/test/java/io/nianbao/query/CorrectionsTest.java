package io.nianbao.query;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.ReportIds;
import io.nianbao.contracts.Topics;
import io.nianbao.contracts.event.EventEnvelope;
import io.nianbao.contracts.event.EventTypes;
import io.nianbao.contracts.event.ReportCorrected;
import io.nianbao.contracts.event.ReportParsed;
import io.nianbao.contracts.event.ReportValidated;
import io.nianbao.contracts.issue.Issue;
import io.nianbao.contracts.model.CellPaths;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.rules.ReportValidator;
import io.nianbao.testsupport.Corpus;
import io.nianbao.testsupport.KafkaAndPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * Corrections with history on a real broker and database: a correction makes version 2 (published on
 * reports.corrected), its validation replaces the issues, version 1 stays readable, the diff names the cell, and
 * neither a re-parsed original nor a late validation of version 1 replaces version 2. The test plays
 * validate-service: it validates the corrected report it reads from reports.corrected with the real rules.
 */
@QuarkusTest
@TestProfile(CorrectionsProfile.class)
@WithTestResource(KafkaAndPostgresResource.class)
class CorrectionsTest {
    static final Duration WAIT = Duration.ofSeconds(60);
    static final String TOKEN = "Bearer test-token";
    static final String CELL = "applications.total[6]";

    @TestHTTPResource("/api/events")
    URL eventsUrl;

    final ReportValidator validator = new ReportValidator();

    static KafkaCompanion companion() {
        return new KafkaCompanion(ConfigProvider.getConfig().getValue("nianbao.test.kafka", String.class));
    }

    static RecordMetadata send(KafkaCompanion kafka, String topic, String key, String value) {
        return kafka.produceStrings().fromRecords(List.of(new ProducerRecord<>(topic, key, value))).awaitCompletion(WAIT).getFirstRecord();
    }

    static void awaitConsumed(KafkaCompanion kafka, RecordMetadata record) {
        TopicPartition tp = new TopicPartition(record.topic(), record.partition());
        await().atMost(WAIT).until(() -> {
            OffsetAndMetadata committed = kafka.consumerGroups().offsets("query-service", tp);
            return committed != null && committed.offset() > record.offset();
        });
    }

    static String validated(String reportId, ParsedReport r, long revision, String reason, List<Issue> issues, Integer version) {
        return JsonCodec.write(EventEnvelope.of(reportId, EventTypes.REPORT_VALIDATED,
                new ReportValidated(r.organization, r.organization, r.year, r.template, revision, reason, issues, version)));
    }

    static String correction(String cells) {
        return "{\"reason\":\"原表“总计”行抄录有误，按原件更正\",\"author\":\"审核员甲\",\"cells\":" + cells + "}";
    }

    @Test
    void aCorrectionMakesVersionTwoWhichIsValidatedAgainWhileVersionOneStaysReadable() throws Exception {
        // seed 002 is arithmetically clean; as "misread" its 总计 is 5 too high, which the A_T3 rules find
        ParsedReport clean = JsonCodec.readReport(java.nio.file.Files.readString(Corpus.expectedOf(Corpus.seed("002"))));
        long printed = clean.tables.applications.total.get(6);
        ParsedReport misread = JsonCodec.readReport(JsonCodec.write(clean));
        CellPaths.set(misread, CELL, printed + 5);
        List<Issue> firstIssues = validator.validate(misread);
        assertTrue(firstIssues.stream().anyMatch(i -> i.code().startsWith("A_T3") && CELL.equals(i.path())), firstIssues::toString);
        String id = ReportIds.of(("corrections-" + UUID.randomUUID()).getBytes());
        String parsed = JsonCodec.write(EventEnvelope.of(id, EventTypes.REPORT_PARSED, new ReportParsed(null, misread, 1000)));

        try (KafkaCompanion kafka = companion()) {
            ConsumerTask<String, String> corrected = kafka.consumeStrings().withGroupId("test-" + UUID.randomUUID())
                    .withOffsetReset(OffsetResetStrategy.EARLIEST).fromTopics(Topics.CORRECTED);
            send(kafka, Topics.PARSED, id, parsed);
            send(kafka, Topics.VALIDATED, id, validated(id, misread, 1, "parsed", firstIssues, null));
            await().atMost(WAIT).untilAsserted(() -> given().get("/api/reports/" + id).then().statusCode(200)
                    .body("status", equalTo("VALIDATED")).body("version", equalTo(1)).body("versions", equalTo(1)));
            int errorsBefore = given().get("/api/reports/" + id).then().extract().path("issueCounts.ERROR");
            assertTrue(errorsBefore > 0);

            // refused: no token, unknown cell, not a number, no reason, unknown report, stale version
            given().contentType(ContentType.JSON).body(correction("{\"" + CELL + "\":" + printed + "}"))
                    .post("/api/reports/" + id + "/corrections").then().statusCode(401).contentType("application/problem+json");
            given().header("Authorization", "Bearer wrong").contentType(ContentType.JSON).body(correction("{\"" + CELL + "\":1}"))
                    .post("/api/reports/" + id + "/corrections").then().statusCode(403);
            given().header("Authorization", TOKEN).contentType(ContentType.JSON).body(correction("{\"applications.nothing[0]\":1}"))
                    .post("/api/reports/" + id + "/corrections").then().statusCode(400).contentType("application/problem+json")
                    .body("detail", containsString("applications.nothing[0]"));
            given().header("Authorization", TOKEN).contentType(ContentType.JSON).body(correction("{\"" + CELL + "\":\"十二\"}"))
                    .post("/api/reports/" + id + "/corrections").then().statusCode(400);
            given().header("Authorization", TOKEN).contentType(ContentType.JSON).body("{\"cells\":{\"" + CELL + "\":1}}")
                    .post("/api/reports/" + id + "/corrections").then().statusCode(400).body("detail", containsString("reason"));
            given().header("Authorization", TOKEN).contentType(ContentType.JSON).body(correction("{\"" + CELL + "\":1}"))
                    .post("/api/reports/0000000000000000/corrections").then().statusCode(404);
            given().header("Authorization", TOKEN).contentType(ContentType.JSON)
                    .body("{\"reason\":\"x\",\"basedOnVersion\":3,\"cells\":{\"" + CELL + "\":1}}")
                    .post("/api/reports/" + id + "/corrections").then().statusCode(409);
            assertEquals(1, given().get("/api/reports/" + id).then().extract().<Integer>path("version"));

            // the correction: 202 with version 2, current at once, waiting for its validation
            Response accepted = given().header("Authorization", TOKEN).contentType(ContentType.JSON)
                    .body("{\"reason\":\"原表“总计”行抄录有误\",\"author\":\"审核员甲\",\"basedOnVersion\":1,\"cells\":{\"" + CELL + "\":" + printed + "}}")
                    .post("/api/reports/" + id + "/corrections").then().statusCode(202).extract().response();
            assertEquals(2, accepted.<Integer>path("version"));
            assertEquals(CELL, accepted.path("changes[0].path"));
            given().get("/api/reports/" + id).then().statusCode(200).body("version", equalTo(2)).body("versions", equalTo(2))
                    .body("status", equalTo("PARSED")).body("tables.applications.total[6]", equalTo((int) printed));
            // a second correction based on version 1 is stale now
            given().header("Authorization", TOKEN).contentType(ContentType.JSON)
                    .body("{\"reason\":\"x\",\"basedOnVersion\":1,\"cells\":{\"" + CELL + "\":1}}")
                    .post("/api/reports/" + id + "/corrections").then().statusCode(409);

            // the event on reports.corrected carries the whole version 2 and its change
            EventEnvelope<ReportCorrected> event = await().atMost(WAIT).until(() -> corrected.getRecords().stream()
                    .filter(r -> id.equals(r.key())).map(r -> JsonCodec.readCorrected(r.value())).findFirst(), java.util.Optional::isPresent).orElseThrow();
            corrected.stop();
            ReportCorrected c = event.payload();
            assertEquals(2, c.version());
            assertEquals(1, c.basedOnVersion());
            assertEquals("审核员甲", c.author());
            assertEquals(List.of(CELL), c.changes().stream().map(x -> x.path()).toList());
            assertEquals(printed + 5, c.changes().get(0).before().longValue());
            assertEquals(printed, c.changes().get(0).after().longValue());
            assertEquals(printed, CellPaths.get(c.report(), CELL).longValue());

            // validate-service's part: the corrected version, validated with the real rules, is published as version 2
            List<Issue> secondIssues = validator.validate(c.report());
            assertTrue(secondIssues.stream().noneMatch(i -> i.code().startsWith("A_")), secondIssues::toString);
            try (SseProbe sse = new SseProbe(eventsUrl.toString(), null)) {
                assertEquals(200, sse.status());
                send(kafka, Topics.VALIDATED, id, validated(id, c.report(), 2, "corrected", secondIssues, 2));
                SseProbe.Event live = sse.next(WAIT);
                assertNotNull(live, "no SSE event for the corrected version");
                EventEnvelope<ReportValidated> streamed = JsonCodec.readValidated(live.data());
                assertEquals(id, streamed.reportId());
                assertEquals(2, streamed.payload().versionOrFirst());
            }
            await().atMost(WAIT).untilAsserted(() -> given().get("/api/reports/" + id).then().statusCode(200)
                    .body("status", equalTo("VALIDATED")).body("validation.version", equalTo(2)));
            Response current = given().get("/api/reports/" + id).then().extract().response();
            assertTrue(current.<List<String>>path("issues.code").stream().noneMatch(code -> code.startsWith("A_")), current.asString());

            // history: two versions, version 1 readable with its figures and its issues, and the diff
            given().get("/api/reports/" + id + "/versions").then().statusCode(200)
                    .body("size()", equalTo(2))
                    .body("[0].version", equalTo(1)).body("[0].current", equalTo(false)).body("[0].issueCounts.ERROR", equalTo(errorsBefore))
                    .body("[1].version", equalTo(2)).body("[1].current", equalTo(true)).body("[1].author", equalTo("审核员甲"))
                    .body("[1].changeCount", equalTo(1)).body("[1].issueCounts.ERROR", equalTo(0));
            Response v1 = given().get("/api/reports/" + id + "/versions/1").then().statusCode(200).extract().response();
            assertEquals(printed + 5, v1.<Number>path("report.tables.applications.total[6]").longValue());
            assertTrue(v1.<List<String>>path("issues.path").contains(CELL), v1.asString());
            given().get("/api/reports/" + id + "/diff?from=1&to=2").then().statusCode(200)
                    .body("changes.size()", equalTo(1)).body("changes[0].path", equalTo(CELL))
                    .body("changes[0].before", equalTo((int) printed + 5)).body("changes[0].after", equalTo((int) printed));
            given().get("/api/reports/" + id + "/versions/3").then().statusCode(404);
            given().get("/api/reports/" + id + "/diff?from=x").then().statusCode(400);

            // the original parsed again (same bytes, same reportId) and a late validation of version 1 change nothing
            send(kafka, Topics.PARSED, id, parsed);
            awaitConsumed(kafka, send(kafka, Topics.PARSED, id,
                    JsonCodec.write(EventEnvelope.of(id, EventTypes.REPORT_PARSED, new ReportParsed(null, misread, 999)))));
            awaitConsumed(kafka, send(kafka, Topics.VALIDATED, id, validated(id, misread, 3, "previous year arrived", firstIssues, 1)));
            Response after = given().get("/api/reports/" + id).then().statusCode(200).extract().response();
            assertEquals(2, after.<Integer>path("version"));
            assertEquals(printed, after.<Number>path("tables.applications.total[6]").longValue());
            assertEquals("VALIDATED", after.path("status"));
            assertFalse(after.<List<String>>path("issues.code").stream().anyMatch(code -> code.startsWith("A_")), after.asString());
            given().get("/api/reports/" + id + "/versions/1").then().body("validationRevision", equalTo(3));
            given().get("/api/reports/" + id + "/versions").then().body("size()", equalTo(2));
        }
    }

    @Test
    void aCellOfAnImageOnlyTableCanBeTypedIn() {
        ParsedReport image = new ParsedReport();
        image.organization = "测试更正丙县人民政府";
        image.year = 2021;
        image.template = "2021";
        image.tables.reviewLitigation.status = io.nianbao.contracts.model.TableStatus.IMAGE_ONLY;
        String id = ReportIds.of(("image-" + UUID.randomUUID()).getBytes());
        try (KafkaCompanion kafka = companion()) {
            send(kafka, Topics.PARSED, id, JsonCodec.write(EventEnvelope.of(id, EventTypes.REPORT_PARSED, new ReportParsed(null, image, 10))));
        }
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/reports/" + id).then().statusCode(200).body("status", equalTo("PARSED")));
        given().header("Authorization", TOKEN).contentType(ContentType.JSON)
                .body(correction("{\"reviewLitigation.administrativeReview[4]\": 3, \"reviewLitigation.administrativeReview[0]\": 3}"))
                .post("/api/reports/" + id + "/corrections").then().statusCode(202).body("version", equalTo(2));
        given().get("/api/reports/" + id).then().body("tableStatus.reviewLitigation", equalTo("PRESENT"))
                .body("tables.reviewLitigation.administrativeReview[4]", equalTo(3));
        given().get("/api/reports/" + id + "/diff").then().statusCode(200).body("from", equalTo(1)).body("to", equalTo(2))
                .body("changes.size()", equalTo(2));
        Map<String, Object> versions = given().get("/api/reports/" + id + "/versions/2").then().statusCode(200).extract().path("");
        assertEquals(null, versions.get("issueCounts"));
    }
}
