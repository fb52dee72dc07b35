package io.nianbao.query;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

import io.nianbao.contracts.Topics;
import io.nianbao.contracts.issue.Issue;
import io.nianbao.contracts.issue.RuleCode;
import io.nianbao.contracts.model.TableStatus;
import io.nianbao.testsupport.KafkaAndPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The read model end to end: events for the seeds go through a real Kafka broker into a real PostgreSQL, in
 * normal and reversed order and twice, and everything is checked through the HTTP API.
 */
@QuarkusTest
@WithTestResource(KafkaAndPostgresResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QueryApiTest {
    static final Duration WAIT = Duration.ofSeconds(60);
    static List<Seed> seeds;

    @TestHTTPResource("/api/events")
    URL eventsUrl;

    static KafkaCompanion companion() {
        return new KafkaCompanion(ConfigProvider.getConfig().getValue("nianbao.test.kafka", String.class));
    }

    static void send(KafkaCompanion kafka, String topic, String key, String value) {
        kafka.produceStrings().fromRecords(List.of(new ProducerRecord<>(topic, key, value))).awaitCompletion(WAIT);
    }

    @BeforeEach
    void loadSeedsOnce() {
        if (seeds != null) {
            return;
        }
        seeds = Seed.all();
        assertEquals(5, seeds.size(), "the five seeds of ../shared/corpus/seeds");
        try (KafkaCompanion kafka = companion()) {
            for (int round = 0; round < 2; round++) { // the second round is a redelivery of everything
                for (int i = 0; i < seeds.size(); i++) {
                    Seed s = seeds.get(i);
                    if (i < 3) { // normal order
                        send(kafka, Topics.RAW, s.reportId(), s.raw());
                        send(kafka, Topics.PARSED, s.reportId(), s.parsed());
                        send(kafka, Topics.VALIDATED, s.reportId(), s.validated());
                    } else { // reversed: the validation arrives before the parsed report and the raw record
                        send(kafka, Topics.VALIDATED, s.reportId(), s.validated());
                        send(kafka, Topics.PARSED, s.reportId(), s.parsed());
                        send(kafka, Topics.RAW, s.reportId(), s.raw());
                    }
                }
            }
        }
        for (Seed s : seeds) {
            await().atMost(WAIT).untilAsserted(() -> given().get("/api/reports/" + s.reportId())
                    .then().statusCode(200).body("status", equalTo("VALIDATED")).body("source.fileName", notNullValue()));
        }
    }

    @Test
    @Order(1)
    void everySeedIsValidatedWithItsTablesSourceAndIssues() {
        for (Seed s : seeds) {
            Response r = given().get("/api/reports/" + s.reportId()).then().statusCode(200).extract().response();
            assertEquals(s.report().organization, r.path("organization"), s.name());
            assertEquals(s.report().year, r.<Integer>path("year"), s.name());
            assertEquals(s.report().tables.applications.status.name(), r.path("tables.applications.status"), s.name());
            assertEquals(s.report().tables.applications.status.name(), r.path("tableStatus.applications"), s.name());
            assertEquals(s.name(), r.path("source.fileName"));
            assertEquals(s.source().sha256(), r.path("source.sha256"));
            assertEquals((int) s.source().size(), r.<Integer>path("source.size"));
            assertNotNull(r.path("timestamps.receivedAt"));
            assertNotNull(r.path("timestamps.parsedAt"));
            assertNotNull(r.path("timestamps.validatedAt"));
            // redelivery did not double anything
            assertEquals(s.issues().size(), r.<List<?>>path("issues").size(), s.name());
            assertEquals((int) s.count("ERROR"), r.<Integer>path("issueCounts.ERROR"), s.name());
            assertEquals((int) s.count("WARNING"), r.<Integer>path("issueCounts.WARNING"), s.name());
            assertEquals(s.report().narrative.size(), r.<List<?>>path("narrative").size(), s.name());
            if (s.report().tables.applications.status == TableStatus.PRESENT) {
                assertEquals(s.report().tables.applications.newReceived.get(6).intValue(),
                        r.<Integer>path("tables.applications.newReceived[6]"), s.name());
            }
            given().get("/api/reports/" + s.reportId() + "/issues").then().statusCode(200)
                    .body("size()", equalTo(s.issues().size()));
        }
    }

    @Test
    @Order(2)
    void listFiltersAndPaging() {
        long in2020 = seeds.stream().filter(s -> Objects.equals(s.report().year, 2020)).count();
        given().get("/api/reports?year=2020").then().statusCode(200).body("total", equalTo((int) in2020))
                .body("items.size()", equalTo((int) in2020));
        given().get("/api/reports?status=VALIDATED&size=2&page=1").then().statusCode(200)
                .body("total", equalTo(seeds.size())).body("items.size()", equalTo(2)).body("page", equalTo(1));
        List<String> withErrors = seeds.stream().filter(s -> s.count("ERROR") > 0).map(Seed::reportId).sorted().toList();
        List<String> listed = given().get("/api/reports?severity=error").then().statusCode(200)
                .extract().<List<String>>path("items.reportId").stream().sorted().toList();
        assertEquals(withErrors, listed);
        assertTrue(!withErrors.isEmpty(), "the Zhengzhou seed has EMPTY tables (ERROR)");
        List<String> mismatched = seeds.stream()
                .filter(s -> s.issues().stream().anyMatch(i -> i.code().equals("N_MISMATCH"))).map(Seed::reportId).toList();
        given().get("/api/reports?code=N_MISMATCH").then().statusCode(200).body("total", equalTo(mismatched.size()));
        Seed yantai = seeds.get(0);
        given().get("/api/reports?organization=烟台").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].reportId", equalTo(yantai.reportId()))
                .body("items[0].issueCounts.WARNING", equalTo((int) yantai.count("WARNING")));
        given().get("/api/reports?template=2021").then().statusCode(200).body("total", equalTo(0));
        given().get("/api/issues?code=S_TABLE_EMPTY").then().statusCode(200)
                .body("total", equalTo((int) seeds.stream().flatMap(s -> s.issues().stream())
                        .filter(i -> i.code().equals("S_TABLE_EMPTY")).count()));
        given().get("/api/issues?severity=WARNING&year=2020&organization=烟台").then().statusCode(200)
                .body("items.organization", hasItem(yantai.report().organization));
        given().get("/api/organizations").then().statusCode(200)
                .body("total", equalTo((int) seeds.stream().map(s -> s.report().organization).distinct().count()));
    }

    @Test
    @Order(3)
    void badFiltersAre400AndUnknownIdsAre404AsProblemJson() {
        for (String bad : List.of("year=abc", "year=1800", "severity=FATAL", "code=NO_SUCH_RULE", "template=2020", "size=0",
                "size=100000", "page=-1", "status=DONE")) {
            given().get("/api/reports?" + bad).then().statusCode(400).contentType(startsWith("application/problem+json"))
                    .body("status", equalTo(400)).body("title", notNullValue()).body("detail", notNullValue());
        }
        given().get("/api/issues?severity=x").then().statusCode(400);
        given().get("/api/stats?year=next").then().statusCode(400);
        given().get("/api/export?format=pdf").then().statusCode(400);
        given().get("/api/reports/ffffffffffffffff").then().statusCode(404).contentType(startsWith("application/problem+json"));
        given().get("/api/reports/ffffffffffffffff/issues").then().statusCode(404);
        given().get("/api/organizations/没有这个机关/series?metric=applications.newReceived.total").then().statusCode(404);
        given().get("/api/organizations/烟台市人民政府/series?metric=applications.bogus.total").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        given().get("/api/organizations/烟台市人民政府/series").then().statusCode(400);
        given().get("/no/such/page").then().statusCode(404);
    }

    @Test
    @Order(4)
    void seriesAreComputedFromTheCells() {
        Seed yantai = seeds.get(0);
        var t3 = yantai.report().tables.applications;
        var t4 = yantai.report().tables.reviewLitigation;
        String org = yantai.report().organization;
        given().get("/api/organizations/" + org + "/series?metric=applications.newReceived.total").then().statusCode(200)
                .body("points.size()", equalTo(1)).body("points[0].year", equalTo(yantai.report().year))
                .body("points[0].value", equalTo(t3.newReceived.get(6).intValue()));
        long denied = t3.denied.values().stream().mapToLong(row -> row.get(6)).sum();
        given().get("/api/organizations/" + org + "/series?metric=applications.denied.total").then().statusCode(200)
                .body("points[0].value", equalTo((int) denied));
        long legalPersons = t3.newReceived.subList(1, 6).stream().mapToLong(Long::longValue).sum();
        given().get("/api/organizations/" + org + "/series?metric=applications.newReceived.legalPersons").then()
                .statusCode(200).body("points[0].value", equalTo((int) legalPersons));
        long litigation = t4.litigationDirect.get(4) + t4.litigationAfterReview.get(4);
        given().get("/api/organizations/ " + org + " /series?metric=reviewLitigation.litigation.total").then()
                .statusCode(200).body("points[0].value", equalTo((int) litigation));
        long decisions = yantai.report().tables.activeDisclosure.groups.values().stream()
                .map(g -> g.get("decisions")).filter(Objects::nonNull).mapToLong(Number::longValue).sum();
        given().get("/api/organizations/" + org + "/series?metric=activeDisclosure.decisions.total").then()
                .statusCode(200).body("points[0].value", equalTo((int) decisions));
        // a body whose tables are images has no cells: no points, but the body is known
        Seed images = seeds.stream().filter(s -> s.report().tables.applications.status == TableStatus.IMAGE_ONLY).findFirst().orElseThrow();
        given().get("/api/organizations/" + images.report().organization + "/series?metric=applications.newReceived.total")
                .then().statusCode(200).body("points.size()", equalTo(0));
    }

    @Test
    @Order(5)
    void statsForAYear() {
        List<Seed> in2020 = seeds.stream().filter(s -> Objects.equals(s.report().year, 2020)).toList();
        long newReceived = in2020.stream().filter(s -> s.report().tables.applications.status == TableStatus.PRESENT)
                .mapToLong(s -> s.report().tables.applications.newReceived.get(6)).sum();
        Map<String, Long> byCode = in2020.stream().flatMap(s -> s.issues().stream())
                .collect(Collectors.groupingBy(Issue::code, Collectors.counting()));
        Response r = given().get("/api/stats?year=2020").then().statusCode(200).extract().response();
        assertEquals(in2020.size(), r.<Integer>path("reports"));
        assertEquals((int) in2020.stream().map(s -> s.report().organization).distinct().count(), r.<Integer>path("bodies"));
        assertEquals(newReceived, r.<Number>path("totals.'applications.newReceived.total'").longValue());
        for (var e : byCode.entrySet()) {
            assertEquals(e.getValue().intValue(), r.<Integer>path("issuesByCode." + e.getKey()), e.getKey());
        }
        given().get("/api/stats").then().statusCode(200).body("reports", equalTo(seeds.size()));
    }

    @Test
    @Order(6)
    void csvExportStreamsOneRowPerReportAndTableRow() throws Exception {
        String csv = given().get("/api/export?format=csv").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.replace("\uFEFF", ""))).getRecords();
        int expectedRows = 0;
        for (Seed s : seeds) {
            var t = s.report().tables;
            if (t.activeDisclosure.status == TableStatus.PRESENT) {
                expectedRows += t.activeDisclosure.groups.size();
            }
            if (t.applications.status == TableStatus.PRESENT) {
                expectedRows += 6 + t.applications.denied.size() + t.applications.unavailable.size()
                        + t.applications.notProcessed.size() + t.applications.otherHandling.size();
            }
            if (t.reviewLitigation.status == TableStatus.PRESENT) {
                expectedRows += 3;
            }
        }
        assertEquals(expectedRows, records.size());
        Seed yantai = seeds.get(0);
        CSVRecord newReceived = records.stream().filter(r -> r.get("报告编号").equals(yantai.reportId())
                && r.get("项目").startsWith("一、本年新收")).findFirst().orElseThrow();
        assertEquals(String.valueOf(yantai.report().tables.applications.newReceived.get(0)), newReceived.get("自然人"));
        assertEquals(String.valueOf(yantai.report().tables.applications.newReceived.get(6)), newReceived.get("总计"));
        // one table, with the official columns only
        String t4 = given().get("/api/export?format=csv&table=reviewLitigation&organization=烟台").then().statusCode(200)
                .extract().asString().replace("\uFEFF", "");
        List<CSVRecord> t4rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(t4)).getRecords();
        assertEquals(3, t4rows.size());
        assertEquals(String.valueOf(yantai.report().tables.reviewLitigation.administrativeReview.get(4)),
                t4rows.get(0).get("总计"));
    }

    @Test
    @Order(7)
    void xlsxExportParsesBack() throws Exception {
        byte[] xlsx = given().get("/api/export?format=xlsx&year=2020&table=applications").then().statusCode(200)
                .contentType(startsWith("application/vnd.openxmlformats")).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            List<String> headers = new ArrayList<>();
            header.forEach(c -> headers.add(c.getStringCellValue()));
            assertTrue(headers.containsAll(List.of("机关名称", "年度", "自然人", "商业企业", "总计")), headers.toString());
            Seed yantai = seeds.get(0);
            int org = headers.indexOf("报告编号");
            int total = headers.indexOf("总计");
            int item = headers.indexOf("项目");
            boolean found = false;
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && row.getCell(org).getStringCellValue().equals(yantai.reportId())
                        && row.getCell(item).getStringCellValue().startsWith("（七）总计")) {
                    assertEquals(yantai.report().tables.applications.total.get(6).doubleValue(), row.getCell(total).getNumericCellValue());
                    found = true;
                }
            }
            assertTrue(found, "Yantai's （七）总计 row is in the workbook");
        }
    }

    @Test
    @Order(8)
    void newerRevisionWinsAndAStaleOneIsIgnored() {
        Seed chengyang = seeds.get(2);
        Seed baiyin = seeds.get(3);
        List<Issue> rev2 = new ArrayList<>(chengyang.issues());
        rev2.add(Issue.of(RuleCode.X_CARRYOVER_MISMATCH, "applications.carriedOver[6]", 12, 7, "上年结转与上一年度报告的结转下年度不一致"));
        try (KafkaCompanion kafka = companion()) {
            send(kafka, Topics.VALIDATED, chengyang.reportId(), chengyang.validated(2, rev2));
            send(kafka, Topics.VALIDATED, chengyang.reportId(), chengyang.validated()); // stale redelivery of revision 1
            send(kafka, Topics.VALIDATED, baiyin.reportId(), baiyin.validated(2, baiyin.issues()));
        }
        // one partition: once Baiyin's revision 2 is in, the stale revision 1 before it has been consumed too
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/reports/" + baiyin.reportId()).then()
                .body("validation.revision", equalTo(2)));
        given().get("/api/reports/" + chengyang.reportId()).then().statusCode(200)
                .body("validation.revision", equalTo(2)).body("issues.code", hasItem("X_CARRYOVER_MISMATCH"))
                .body("issues.size()", equalTo(rev2.size())).body("status", equalTo("VALIDATED"));
    }

    @Test
    @Order(9)
    @Timeout(180)
    void sseReplaysFromLastEventIdAndThenGoesLive() throws Exception {
        List<SseProbe.Event> replay = new ArrayList<>();
        try (SseProbe all = new SseProbe(eventsUrl.toString(), "0")) {
            assertEquals(200, all.status());
            SseProbe.Event e;
            while ((e = all.next(Duration.ofSeconds(3))) != null) {
                replay.add(e);
            }
        }
        // 5 first validations (redeliveries were not new) + the 2 revisions of the previous test
        assertEquals(seeds.size() + 2, replay.size(), replay.toString());
        for (int i = 1; i < replay.size(); i++) {
            assertTrue(replay.get(i).id() > replay.get(i - 1).id(), "ids grow");
        }
        assertEquals("ReportValidated", replay.get(0).name());
        assertTrue(replay.get(0).data().contains("\"reportId\""), replay.get(0).data());

        long resumeAfter = replay.get(2).id();
        try (SseProbe resumed = new SseProbe(eventsUrl.toString(), Long.toString(resumeAfter))) {
            SseProbe.Event first = resumed.next(Duration.ofSeconds(20));
            assertNotNull(first);
            assertEquals(replay.get(3).id(), first.id(), "resumes right after Last-Event-ID");
        }

        Seed yantai = seeds.get(0);
        try (SseProbe live = new SseProbe(eventsUrl + "?code=N_MISMATCH", null);
                SseProbe filteredOut = new SseProbe(eventsUrl + "?severity=ERROR", null)) {
            assertEquals(200, live.status());
            assertEquals(200, filteredOut.status());
            try (KafkaCompanion kafka = companion()) {
                send(kafka, Topics.VALIDATED, yantai.reportId(), yantai.validated(3, yantai.issues()));
            }
            SseProbe.Event event = live.next(Duration.ofSeconds(30));
            assertNotNull(event, "live event");
            assertTrue(event.id() > replay.get(replay.size() - 1).id());
            assertTrue(event.data().contains(yantai.reportId()));
            assertNull(filteredOut.next(Duration.ofSeconds(2)), "Yantai has no ERROR: filtered out");
        }
        given().get("/api/events?severity=LOUD").then().statusCode(400);
    }

    @Test
    @Order(10)
    void poisonMessagesGoToTheDeadLetterTopic() {
        try (KafkaCompanion kafka = companion()) {
            send(kafka, Topics.PARSED, "x", "this is not JSON");
            send(kafka, Topics.VALIDATED, "y", "{\"eventId\":\"1\",\"reportId\":\"y\",\"schemaVersion\":99,\"type\":\"ReportValidated\",\"payload\":{}}");
            assertEquals("this is not JSON", kafka.consumeStrings().fromTopics(Topics.deadLetter(Topics.PARSED), 1)
                    .awaitCompletion(WAIT).getRecords().get(0).value());
            assertEquals("y", kafka.consumeStrings().fromTopics(Topics.deadLetter(Topics.VALIDATED), 1)
                    .awaitCompletion(WAIT).getRecords().get(0).key());
        }
        given().get("/api/reports/y").then().statusCode(404);
    }

    @Test
    @Order(11)
    void consoleIsServedWithAContentSecurityPolicy() {
        given().get("/").then().statusCode(200).contentType(startsWith("text/html"))
                .header("Content-Security-Policy", startsWith("default-src 'self'"));
        given().get("/app.js").then().statusCode(200).header("Content-Security-Policy", notNullValue());
        given().get("/webjars/echarts/5.5.0/echarts.min.js").then().statusCode(200);
        given().get("/q/openapi?format=json").then().statusCode(200).body("paths", notNullValue());
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    @Order(12)
    void uploadNeedsAToken() {
        given().body("x").contentType("text/plain").post("/api/upload").then().statusCode(401)
                .contentType(startsWith("application/problem+json"));
        given().header("Authorization", "Bearer wrong").body("x").contentType("text/plain").post("/api/upload").then()
                .statusCode(403);
    }
}
