package io.nianbao.validate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.nianbao.contracts.Topics;
import io.nianbao.contracts.event.EventEnvelope;
import io.nianbao.contracts.event.EventTypes;
import io.nianbao.contracts.event.ReportCorrected;
import io.nianbao.contracts.event.ReportParsed;
import io.nianbao.contracts.event.ReportValidated;
import io.nianbao.contracts.model.CellPaths;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.testsupport.KafkaAndPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** reports.corrected → validate-service (real broker + PostgreSQL) → reports.validated with the corrected version. */
@QuarkusTest
@WithTestResource(KafkaAndPostgresResource.class)
class CorrectionValidationTest extends ValidatedTopicHarness {
    private ReportValidated latest(String reportId) {
        return validationsOf(reportId).stream().max(Comparator.comparingLong(ReportValidated::revision)).orElseThrow();
    }

    private static List<String> codes(ReportValidated v, String prefix) {
        return v.issues().stream().map(i -> i.code() + "@" + i.path()).filter(k -> k.startsWith(prefix)).sorted().toList();
    }

    /** A correction event: version {@code version} of the report, with the given cells set on a copy of {@code base}. */
    static EventEnvelope<ReportCorrected> correction(String reportId, ParsedReport base, int version, Map<String, Number> cells) {
        ParsedReport corrected = Reports.copy(base);
        cells.forEach((path, value) -> CellPaths.set(corrected, path, value));
        return new EventEnvelope<>(UUID.randomUUID().toString(), reportId, EventEnvelope.SCHEMA_VERSION, Instant.now(),
                EventTypes.REPORT_CORRECTED, new ReportCorrected(version, version - 1, "测试员", "原表笔误", Instant.now(),
                        CellPaths.diff(base, corrected), null, corrected));
    }

    @Test
    void aCorrectedVersionIsValidatedAgainAndTheParserNeverOverwritesIt() {
        String id = Reports.newReportId();
        ParsedReport clean = Reports.renamed(Reports.seed("002"), "测试更正甲区人民政府");
        long printed = clean.tables.applications.total.get(6);
        ParsedReport misread = Reports.copy(clean);
        CellPaths.set(misread, "applications.total[6]", printed + 5);
        EventEnvelope<ReportParsed> parsed = Reports.parsedEvent(id, misread);
        send(Topics.PARSED, parsed);
        ReportValidated first = awaitValidation(id, v -> true);
        assertFalse(codes(first, "A_T3").isEmpty(), first.issues()::toString);
        assertEquals(1, first.versionOrFirst());

        EventEnvelope<ReportCorrected> fix = correction(id, misread, 2, Map.of("applications.total[6]", printed));
        send(Topics.CORRECTED, fix);
        ReportValidated second = awaitValidation(id, v -> v.versionOrFirst() == 2);
        assertEquals("corrected", second.reason());
        assertTrue(second.revision() > first.revision());
        assertEquals(List.of(), codes(second, "A_"), second.issues()::toString);

        // the same bytes parsed again, and the correction redelivered: version 2 stands, no new revision
        send(Topics.PARSED, Reports.parsedEvent(id, misread));
        awaitConsumed(send(Topics.PARSED, parsed));
        awaitConsumed(send(Topics.CORRECTED, fix));
        ReportValidated last = latest(id);
        assertEquals(2, last.versionOrFirst());
        assertEquals(second.revision(), last.revision());
        given().when().get("/api/validations/" + id).then().statusCode(200)
                .body("version", equalTo(2)).body("revision", equalTo((int) second.revision())).body("reason", equalTo("corrected"));
    }

    @Test
    void correctingThePreviousYearValidatesTheNextYearAgain() {
        ParsedReport seed = Reports.seed("000");
        String body = "测试更正乙市人民政府";
        String y2019 = Reports.newReportId();
        String y2020 = Reports.newReportId();
        ParsedReport previous = Reports.previousYearWithCarryMismatch(seed, body);
        send(Topics.PARSED, Reports.parsedEvent(y2019, previous));
        awaitValidation(y2019, v -> true);
        send(Topics.PARSED, Reports.parsedEvent(y2020, Reports.renamed(seed, body)));
        ReportValidated before = awaitValidation(y2020, v -> !codes(v, "X_CARRYOVER_MISMATCH").isEmpty());

        // 结转下年度 of 2019 was misread as 12: the user corrects it to the 10 that 2020 carried over
        send(Topics.CORRECTED, correction(y2019, previous, 2,
                Map.of("applications.carriedForward[0]", 10L, "applications.carriedForward[6]", 10L)));
        ReportValidated corrected = awaitValidation(y2019, v -> v.versionOrFirst() == 2);
        // its own balance (一 + 二 = 七 + 四) now fails: the issues follow the corrected figures
        assertFalse(codes(corrected, "A_T3_BALANCE").isEmpty(), corrected.issues()::toString);
        ReportValidated after = awaitValidation(y2020, v -> "previous year corrected".equals(v.reason()));
        assertTrue(after.revision() > before.revision());
        assertEquals(List.of(), codes(after, "X_CARRYOVER_MISMATCH"), after.issues()::toString);
        assertEquals(1, after.versionOrFirst());
    }
}
