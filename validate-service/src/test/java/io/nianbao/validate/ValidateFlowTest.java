package io.nianbao.validate;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.Topics;
import io.nianbao.contracts.event.EventEnvelope;
import io.nianbao.contracts.event.ReportParsed;
import io.nianbao.contracts.event.ReportValidated;
import io.nianbao.contracts.issue.Issue;
import io.nianbao.contracts.issue.Severity;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.testsupport.KafkaAndPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;

/** reports.parsed → validate-service (real KRaft broker + real PostgreSQL) → reports.validated. */
@QuarkusTest
@WithTestResource(KafkaAndPostgresResource.class)
class ValidateFlowTest extends ValidatedTopicHarness {
    private RecordMetadata send(String key, String value) {
        return send(Topics.PARSED, key, value);
    }

    private RecordMetadata send(EventEnvelope<ReportParsed> event) {
        return send(Topics.PARSED, event);
    }

    private Optional<ReportValidated> latest(String reportId) {
        return validationsOf(reportId).stream().max(Comparator.comparingLong(ReportValidated::revision));
    }

    private static List<String> keys(ReportValidated v) {
        return v.issues().stream().map(i -> i.code() + "@" + i.path()).sorted().toList();
    }

    private static List<Issue> code(ReportValidated v, String code) {
        return v.issues().stream().filter(i -> i.code().equals(code)).toList();
    }

    @Test
    void seedsGiveTheExpectationsOfRulesMd() {
        String[] ids = new String[5];
        for (int i = 0; i < 5; i++) {
            ids[i] = Reports.newReportId();
            send(Reports.parsedEvent(ids[i], Reports.seed("00" + i)));
        }
        ReportValidated yantai = awaitValidation(ids[0], v -> true);
        assertEquals(List.of("N_MISMATCH@activeDisclosure.decisions.total", "N_MISMATCH@reviewLitigation.administrativeReview.corrected",
                "N_MISMATCH@reviewLitigation.litigation.total"), keys(yantai));
        assertEquals(2020, yantai.year());
        assertEquals("烟台市政府", yantai.normalizedOrganization());

        ReportValidated zhengzhou = awaitValidation(ids[1], v -> true);
        assertEquals(3, code(zhengzhou, "S_TABLE_EMPTY").size(), zhengzhou.issues()::toString);
        assertTrue(zhengzhou.issues().stream().noneMatch(i -> i.code().startsWith("A_")));

        for (int seed : new int[] {2, 3}) {
            ReportValidated clean = awaitValidation(ids[seed], v -> true);
            assertEquals(0, clean.count(Severity.ERROR), clean.issues()::toString);
        }
        ReportValidated maanshan = awaitValidation(ids[4], v -> true);
        assertEquals(3, code(maanshan, "S_TABLE_IMAGE_ONLY").size());
        assertTrue(maanshan.issues().stream().noneMatch(i -> i.code().equals("S_TABLE_MISSING") || i.code().startsWith("A_")));
        given().when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("nianbao_validations_published_total{reason=\"parsed\""));
    }

    @Test
    void crossYearFindingsDoNotDependOnArrivalOrder() {
        ParsedReport seed = Reports.seed("000");
        // body A: the later year arrives first
        String a2020 = Reports.newReportId();
        String a2019 = Reports.newReportId();
        send(Reports.parsedEvent(a2020, Reports.renamed(seed, "测试甲市人民政府")));
        ReportValidated alone = awaitValidation(a2020, v -> true);
        assertTrue(alone.issues().stream().noneMatch(i -> i.code().startsWith("X_")), alone.issues()::toString);
        send(Reports.parsedEvent(a2019, Reports.previousYearWithCarryMismatch(seed, "测试甲市人民政府")));
        ReportValidated revalidated = awaitValidation(a2020, v -> v.reason().equals("previous year arrived"));
        assertTrue(revalidated.revision() > alone.revision());
        Issue carry = code(revalidated, "X_CARRYOVER_MISMATCH").get(0);
        assertEquals("applications.carriedOver[6]", carry.path());
        assertEquals(12L, carry.expected().longValue());
        assertEquals(10L, carry.actual().longValue());

        // body B (its name spelled differently in each year): the earlier year arrives first
        String b2019 = Reports.newReportId();
        String b2020 = Reports.newReportId();
        send(Reports.parsedEvent(b2019, Reports.previousYearWithCarryMismatch(seed, "测试乙市人民政府")));
        awaitValidation(b2019, v -> true);
        send(Reports.parsedEvent(b2020, Reports.renamed(seed, "測試乙市政府")));
        ReportValidated inOrder = awaitValidation(b2020, v -> !code(v, "X_CARRYOVER_MISMATCH").isEmpty());

        assertEquals(keys(revalidated), keys(inOrder));
        assertEquals(keys(latest(a2019).orElseThrow()), keys(latest(b2019).orElseThrow()));
        assertEquals(latest(a2020).orElseThrow().revision(), revalidated.revision(), "a later, lower revision was published");
    }

    @Test
    void redeliveredEventChangesNothing() {
        String id = Reports.newReportId();
        EventEnvelope<ReportParsed> event = Reports.parsedEvent(id, Reports.renamed(Reports.seed("002"), "测试丙区人民政府"));
        send(event);
        ReportValidated first = awaitValidation(id, v -> true);
        RecordMetadata again = send(event);
        awaitConsumed(again);
        // re-publishing the stored validation is allowed; a new revision is not
        assertTrue(validationsOf(id).stream().allMatch(v -> v.revision() == first.revision() && keys(v).equals(keys(first))),
                () -> validationsOf(id).toString());
        given().when().get("/api/validations/" + id).then().statusCode(200)
                .body("revision", equalTo((int) first.revision())).body("current", equalTo(true));
    }

    @Test
    void newerReportOfTheSameBodyAndYearSupersedesTheOlder() {
        ParsedReport older = Reports.renamed(Reports.seed("003"), "测试丁市");
        ParsedReport newer = Reports.copy(older);
        newer.organization = "測試丁市";
        newer.title = "corrected";
        String olderId = Reports.newReportId();
        String newerId = Reports.newReportId();
        send(Reports.parsedEvent(olderId, older));
        ReportValidated first = awaitValidation(olderId, v -> true);
        assertTrue(code(first, "X_SUPERSEDED").isEmpty());
        send(Reports.parsedEvent(newerId, newer));
        ReportValidated second = awaitValidation(newerId, v -> true);
        assertEquals(1, code(second, "X_SUPERSEDED").size(), second.issues()::toString);
        given().when().get("/api/validations/" + olderId).then().statusCode(200)
                .body("current", equalTo(false)).body("supersededBy", equalTo(newerId));
    }

    @Test
    void poisonMessagesGoToTheDeadLetterTopicAndProcessingGoesOn() {
        ConsumerTask<String, String> dlq = companion.consumeStrings().withGroupId("test-dlq-" + UUID.randomUUID())
                .withOffsetReset(OffsetResetStrategy.EARLIEST).fromTopics(Topics.deadLetter(Topics.PARSED));
        try {
            String notJson = "this is not JSON " + UUID.randomUUID();
            send("poison-1", notJson);
            EventEnvelope<ReportParsed> future = Reports.parsedEvent(Reports.newReportId(), Reports.seed("002"));
            String wrongVersion = JsonCodec.write(future).replace("\"schemaVersion\":1,", "\"schemaVersion\":99,");
            assertFalse(wrongVersion.equals(JsonCodec.write(future)));
            send("poison-2", wrongVersion);
            String good = Reports.newReportId();
            send(Reports.parsedEvent(good, Reports.renamed(Reports.seed("002"), "测试戊区人民政府")));

            awaitValidation(good, v -> true);
            await().atMost(WAIT).until(() -> dlq.getRecords().stream().map(ConsumerRecord::value).toList(),
                    values -> values.contains(notJson) && values.contains(wrongVersion));
            assertTrue(validationsOf(future.reportId()).isEmpty());
        } finally {
            dlq.stop();
        }
    }

    @Test
    void rulesCatalogIsPublished() {
        given().when().get("/api/rules").then().statusCode(200)
                .body("size()", equalTo(io.nianbao.contracts.issue.RuleCode.values().length))
                .body("code", hasItem("A_T3_BALANCE"))
                .body("find { it.code == 'A_T3_BALANCE' }.severity", equalTo("ERROR"))
                .body("find { it.code == 'X_SUDDEN_CHANGE' }.severity", equalTo("INFO"));
    }

    @Test
    void unknownReportIsAProblemJson() {
        given().when().get("/api/validations/nope").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404)).body("title", equalTo("Not Found"));
    }

    @Test
    void healthOpenApiAndMetricsAreUp() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200);
    }
}
