package io.nianbao.query;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.nianbao.contracts.Topics;
import io.nianbao.contracts.issue.Issue;
import io.nianbao.contracts.issue.RuleCode;
import io.nianbao.query.service.MetricCatalog;
import io.nianbao.testsupport.KafkaAndPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * Review, metric dictionary, benchmarks and supervisor reports on a real broker and database: 50 generated bodies ×
 * 5 years go through Kafka into the read model; percentiles are checked against a computation in this test and
 * against PostgreSQL's own percentile_cont.
 */
@QuarkusTest
@TestProfile(SupervisionProfile.class)
@WithTestResource(KafkaAndPostgresResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupervisionApiTest {
    static final Duration WAIT = Duration.ofSeconds(120);
    static final String TOKEN = "Bearer test-token";
    static final String NEW_RECEIVED = "applications.newReceived.total";
    static List<GeneratedBodies.Report> reports;
    /** the issues each report has in the read model now (the test changes some) */
    static final Map<String, List<Issue>> currentIssues = new HashMap<>();
    /** (reportId, code, path) → review state set by the test */
    static final Map<String, String> reviewed = new HashMap<>();

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/")
    URL console;

    static KafkaCompanion companion() {
        return new KafkaCompanion(ConfigProvider.getConfig().getValue("nianbao.test.kafka", String.class));
    }

    @BeforeEach
    void loadOnce() {
        if (reports != null) {
            return;
        }
        List<GeneratedBodies.Report> all = GeneratedBodies.reports();
        List<ProducerRecord<String, String>> parsed = new ArrayList<>();
        List<ProducerRecord<String, String>> validated = new ArrayList<>();
        for (var r : all) {
            parsed.add(new ProducerRecord<>(Topics.PARSED, r.reportId(), r.parsedEvent()));
            validated.add(new ProducerRecord<>(Topics.VALIDATED, r.reportId(), r.validatedEvent(1, r.issues())));
            currentIssues.put(r.reportId(), r.issues());
        }
        try (KafkaCompanion kafka = companion()) {
            kafka.produceStrings().fromRecords(parsed).awaitCompletion(WAIT);
            kafka.produceStrings().fromRecords(validated).awaitCompletion(WAIT);
        }
        await().atMost(WAIT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> given()
                .get("/api/reports?status=VALIDATED&size=1").then().body("total", equalTo(all.size())));
        reports = all;
    }

    static List<GeneratedBodies.Report> of(int year, String level) {
        return reports.stream().filter(r -> r.year() == year && (level == null || r.body().level().equals(level))).toList();
    }

    /** linear interpolation between the closest ranks, written out independently of the service */
    static double percentile(List<Long> values, double p) {
        List<Long> sorted = values.stream().sorted().toList();
        double h = (sorted.size() - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = (int) Math.ceil(h);
        return sorted.get(lo) + (h - lo) * (sorted.get(hi) - sorted.get(lo));
    }

    double postgresPercentile(List<Long> values, double p) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT percentile_cont(?) WITHIN GROUP (ORDER BY v) FROM unnest(?) AS v")) {
            s.setDouble(1, p);
            s.setArray(2, c.createArrayOf("bigint", values.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getDouble(1);
            }
        }
    }

    @Test
    @Order(1)
    void everyMetricOfTheDictionaryIsAcceptedAndOthersAreNot() {
        Response r = given().get("/api/metrics").then().statusCode(200).extract().response();
        List<String> names = r.path("name");
        // Table 3: (6 rows + 4 groups + 19 sub-rows) × (7 columns + legalPersons); Table 4: (3 groups + litigation) × 5;
        // Table 2: 29 cells that exist in some template + decisions.total
        assertEquals((6 + 4 + 19) * 8 + 4 * 5 + 29 + 1, names.size(), "every accepted combination is listed");
        assertTrue(names.containsAll(MetricCatalog.MAIN_METRICS), "main metrics listed");
        assertEquals("件", r.path("find { it.name == 'applications.newReceived.total' }.unit"));
        assertEquals(List.of("applications.newReceived[6]"), r.path("find { it.name == 'applications.newReceived.total' }.cells"));
        assertEquals("万元", r.path("find { it.name == 'activeDisclosure.procurement.amountWan' }.unit"));
        given().get("/api/metrics?main=true").then().statusCode(200).body("size()", equalTo(MetricCatalog.MAIN_METRICS.size()));
        String body = GeneratedBodies.BODIES.get(0).name();
        for (String name : names) {
            given().get("/api/organizations/" + body + "/series?metric=" + name).then().statusCode(200).body("metric", equalTo(name));
        }
        for (int i = 0; i < names.size(); i += 7) {
            given().get("/api/benchmarks?year=2023&metric=" + names.get(i)).then().statusCode(200);
        }
        for (String bogus : List.of("applications.bogus.total", "activeDisclosure.procurement.made", "applications.denied.madeUp.total")) {
            given().get("/api/organizations/" + body + "/series?metric=" + bogus).then().statusCode(400)
                    .contentType(startsWith("application/problem+json")).body("detail", containsString("/api/metrics"));
            given().get("/api/benchmarks?year=2023&metric=" + bogus).then().statusCode(400)
                    .contentType(startsWith("application/problem+json")).body("detail", containsString("/api/metrics"));
            given().get("/api/organizations/" + body + "/benchmark?metric=" + bogus).then().statusCode(400);
        }
    }

    @Test
    @Order(2)
    void benchmarkPercentilesMatchADirectComputation() throws Exception {
        check(NEW_RECEIVED, GeneratedBodies.Report::newReceived);
        check("reviewLitigation.litigation.total", GeneratedBodies.Report::litigation);
        given().get("/api/benchmarks?metric=" + NEW_RECEIVED + "&year=2023&level=STATE").then().statusCode(400);
        given().get("/api/benchmarks?metric=" + NEW_RECEIVED).then().statusCode(400);
    }

    private void check(String metric, ToLongFunction<GeneratedBodies.Report> value) throws Exception {
        for (String level : List.of("PROVINCE", "CITY", "COUNTY", "DEPARTMENT")) {
            List<GeneratedBodies.Report> peers = of(2023, level).stream()
                    .filter(r -> r.hasApplications() || !metric.startsWith("applications")).toList();
            List<Long> values = peers.stream().map(r -> value.applyAsLong(r)).toList();
            Response b = given().get("/api/benchmarks?metric=" + metric + "&year=2023&level=" + level).then().statusCode(200)
                    .extract().response();
            String what = metric + " " + level;
            assertEquals(values.size(), b.<Integer>path("quartiles.count"), what);
            for (double p : new double[] {0.25, 0.5, 0.75}) {
                String field = "quartiles.p" + Math.round(p * 100);
                double served = b.<Number>path(field).doubleValue();
                assertEquals(percentile(values, p), served, 1e-9, what + " " + field);
                assertEquals(postgresPercentile(values, p), served, 1e-9, what + " " + field + " (PostgreSQL percentile_cont)");
            }
            List<Map<String, Object>> bodies = b.path("bodies");
            assertEquals(peers.size(), bodies.size(), what);
            for (var r : peers) {
                long v = value.applyAsLong(r);
                long higher = values.stream().filter(x -> x > v).count();
                long lower = values.stream().filter(x -> x < v).count();
                Map<String, Object> served = bodies.stream().filter(x -> r.reportId().equals(x.get("reportId"))).findFirst()
                        .orElseThrow(() -> new AssertionError(r.body().name() + " missing from " + what));
                assertEquals(v, ((Number) served.get("value")).longValue(), r.body().name());
                assertEquals((int) higher + 1, served.get("rank"), r.body().name());
                assertEquals(lower * 100.0 / (values.size() - 1), ((Number) served.get("percentile")).doubleValue(), 0.051, r.body().name());
            }
        }
    }

    @Test
    @Order(3)
    void aBodyAmongItsPeersWithItsTrend() {
        GeneratedBodies.Body county = GeneratedBodies.BODIES.stream().filter(b -> b.level().equals("COUNTY")).findFirst().orElseThrow();
        Response r = given().get("/api/organizations/" + county.name() + "/benchmark?metric=" + NEW_RECEIVED).then().statusCode(200)
                .extract().response();
        assertEquals("COUNTY", r.path("level"));
        assertEquals(2023, r.<Integer>path("year"), "the latest year with a value");
        List<Map<String, Object>> trend = r.path("trend");
        assertEquals(5, trend.size());
        for (int i = 0; i < 5; i++) {
            int year = 2019 + i;
            GeneratedBodies.Report own = reports.stream().filter(x -> x.body().equals(county) && x.year() == year).findFirst().orElseThrow();
            List<Long> peers = of(year, "COUNTY").stream().filter(GeneratedBodies.Report::hasApplications)
                    .map(GeneratedBodies.Report::newReceived).toList();
            assertEquals(year, trend.get(i).get("year"));
            assertEquals(own.newReceived(), ((Number) trend.get(i).get("value")).longValue(), "value " + year);
            @SuppressWarnings("unchecked")
            Map<String, Object> q = (Map<String, Object>) trend.get(i).get("peers");
            assertEquals(peers.size(), q.get("count"), "peers " + year);
            assertEquals(percentile(peers, 0.5), ((Number) q.get("p50")).doubleValue(), 1e-9, "median " + year);
            assertEquals((int) peers.stream().filter(v -> v > own.newReceived()).count() + 1, trend.get(i).get("rank"));
        }
        long first = reports.stream().filter(x -> x.body().equals(county) && x.year() == 2019).findFirst().orElseThrow().newReceived();
        long last = reports.stream().filter(x -> x.body().equals(county) && x.year() == 2023).findFirst().orElseThrow().newReceived();
        assertEquals(last - first, r.<Number>path("change").longValue());
        // the county without a 2023 Table 3: its latest value is 2022's, and 2023 is not a point of its own
        GeneratedBodies.Body noData = GeneratedBodies.BODIES.get(30);
        given().get("/api/organizations/" + noData.name() + "/benchmark?metric=" + NEW_RECEIVED).then().statusCode(200)
                .body("year", equalTo(2022)).body("level", equalTo("COUNTY"));
        given().get("/api/organizations/" + noData.name() + "/benchmark?year=2023&metric=" + NEW_RECEIVED).then().statusCode(200)
                .body("value", nullValue()).body("rank", nullValue());
        given().get("/api/organizations/没有这个机关/benchmark?metric=" + NEW_RECEIVED).then().statusCode(404);
    }

    // ---------- review ----------

    static GeneratedBodies.Report reviewedReport() {
        // body 8: 2 ERRORs and 2 WARNINGs
        return reports.stream().filter(r -> r.body().index() == 8 && r.year() == 2023).findFirst().orElseThrow();
    }

    static final Issue SCRIPTED = Issue.of(RuleCode.N_MISMATCH, "applications.newReceived.total", 1, 2,
            "正文“<script>alert('x')</script>”所述数字与表格不一致 & 需核对");
    static final Issue LATER = Issue.of(RuleCode.A_T4_ROW_TOTAL, "reviewLitigation.administrativeReview[4]", 3, 4,
            "第四部分表格行政复议的总计与各项之和不一致");

    private void revalidate(GeneratedBodies.Report r, long revision, List<Issue> issues) {
        try (KafkaCompanion kafka = companion()) {
            kafka.produceStrings().fromRecords(List.of(new ProducerRecord<>(Topics.VALIDATED, r.reportId(),
                    r.validatedEvent(revision, issues)))).awaitCompletion(WAIT);
        }
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/reports/" + r.reportId()).then()
                .body("validation.revision", equalTo((int) revision)));
        currentIssues.put(r.reportId(), issues);
    }

    private static Response review(String reportId, String token, Map<String, Object> body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request.header("Authorization", token);
        }
        return request.post("/api/reports/" + reportId + "/issues/review");
    }

    private static String state(String reportId, String code, String path) {
        List<Map<String, Object>> issues = given().get("/api/reports/" + reportId + "/issues").then().statusCode(200).extract()
                .jsonPath().getList("$");
        return issues.stream().filter(i -> code.equals(i.get("code")) && path.equals(i.get("path"))).map(i -> (String) i.get("review"))
                .findFirst().orElse(null);
    }

    @Test
    @Order(4)
    void aDismissedIssueStaysDismissedWhenTheReportIsValidatedAgain() {
        GeneratedBodies.Report r = reviewedReport();
        List<Issue> base = new ArrayList<>(r.issues());
        base.add(SCRIPTED);
        revalidate(r, 2, base);
        Issue error = base.get(0);
        assertEquals("ERROR", error.severity().name());
        Map<String, Object> dismiss = Map.of("code", error.code(), "path", error.path(), "state", "DISMISSED",
                "comment", "表格为两行合并，系解析所致", "reviewer", "张审核");

        review(r.reportId(), null, dismiss).then().statusCode(401).contentType(startsWith("application/problem+json"));
        review(r.reportId(), "Bearer wrong", dismiss).then().statusCode(403);
        review(r.reportId(), TOKEN, Map.of("code", error.code(), "path", error.path(), "state", "MAYBE", "reviewer", "张"))
                .then().statusCode(400);
        review(r.reportId(), TOKEN, Map.of("code", error.code(), "path", error.path(), "state", "DISMISSED", "reviewer", "张"))
                .then().statusCode(400).body("detail", containsString("comment"));
        review(r.reportId(), TOKEN, Map.of("code", error.code(), "path", "applications.nowhere[0]", "state", "CONFIRMED",
                "reviewer", "张")).then().statusCode(404);
        review("ffffffffffffffff", TOKEN, dismiss).then().statusCode(404);
        assertEquals("OPEN", state(r.reportId(), error.code(), error.path()), "nothing stored by refused requests");

        review(r.reportId(), TOKEN, dismiss).then().statusCode(200).body("[0].review", equalTo("DISMISSED"))
                .body("[0].reviewer", equalTo("张审核"));
        reviewed.put(r.reportId() + error.code() + error.path(), "DISMISSED");
        review(r.reportId(), TOKEN, Map.of("code", SCRIPTED.code(), "path", SCRIPTED.path(), "state", "confirmed", "reviewer", "李"))
                .then().statusCode(200).body("[0].review", equalTo("CONFIRMED"));
        reviewed.put(r.reportId() + SCRIPTED.code() + SCRIPTED.path(), "CONFIRMED");

        // validated again (issue rows replaced with new ids), with one more issue: the reviews still apply
        List<Issue> withLater = new ArrayList<>(base);
        withLater.add(LATER);
        revalidate(r, 3, withLater);
        assertEquals("DISMISSED", state(r.reportId(), error.code(), error.path()));
        assertEquals("CONFIRMED", state(r.reportId(), SCRIPTED.code(), SCRIPTED.path()));
        assertEquals("OPEN", state(r.reportId(), LATER.code(), LATER.path()));
        given().get("/api/reports/" + r.reportId()).then().body("issues.find { it.path == '" + error.path() + "' }.review",
                equalTo("DISMISSED"));

        // the issue disappears, then comes back: the earlier review applies again (documented)
        revalidate(r, 4, withLater.subList(1, withLater.size()));
        assertNull(state(r.reportId(), error.code(), error.path()));
        revalidate(r, 5, withLater);
        assertEquals("DISMISSED", state(r.reportId(), error.code(), error.path()));

        // a review withdrawn with OPEN
        review(r.reportId(), TOKEN, Map.of("code", LATER.code(), "path", LATER.path(), "state", "CONFIRMED", "reviewer", "王"))
                .then().statusCode(200);
        review(r.reportId(), TOKEN, Map.of("code", LATER.code(), "path", LATER.path(), "state", "OPEN", "reviewer", "王",
                "comment", "误点")).then().statusCode(200).body("[0].review", equalTo("OPEN"));
        assertEquals("OPEN", state(r.reportId(), LATER.code(), LATER.path()));
        given().get("/api/reports/" + r.reportId() + "/issues/review/log").then().statusCode(200).body("size()", equalTo(4))
                .body("state", equalTo(List.of("DISMISSED", "CONFIRMED", "CONFIRMED", "OPEN")));

        // the filters of /api/issues
        given().get("/api/issues?review=dismissed").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].reportId", equalTo(r.reportId())).body("items[0].reviewComment", equalTo("表格为两行合并，系解析所致"));
        given().get("/api/issues?review=CONFIRMED").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].code", equalTo("N_MISMATCH"));
        long all = currentIssues.values().stream().mapToLong(List::size).sum();
        given().get("/api/issues?review=open&size=1").then().statusCode(200).body("total", equalTo((int) all - 2));
        given().get("/api/issues?review=maybe").then().statusCode(400);
    }

    @Test
    @Order(5)
    void statsCountOpenConfirmedAndDismissed() {
        long all = currentIssues.values().stream().mapToLong(List::size).sum();
        given().get("/api/stats").then().statusCode(200).body("issuesByReview.DISMISSED", equalTo(1))
                .body("issuesByReview.CONFIRMED", equalTo(1)).body("issuesByReview.OPEN", equalTo((int) all - 2))
                .body("issuesBySeverityAndReview.ERROR.DISMISSED", equalTo(1));
        long open2022 = reports.stream().filter(r -> r.year() == 2022).mapToLong(r -> currentIssues.get(r.reportId()).size()).sum();
        given().get("/api/stats?year=2022").then().statusCode(200).body("issuesByReview.OPEN", equalTo((int) open2022))
                .body("issuesByReview.DISMISSED", equalTo(0));
    }

    // ---------- supervisor reports ----------

    @Test
    @Order(6)
    void profileHtmlIsPrintableAndEscapesReportText() {
        GeneratedBodies.Report r = reviewedReport();
        String html = given().get("/api/organizations/" + r.body().name() + "/profile.html").then().statusCode(200)
                .contentType(startsWith("text/html")).header("Content-Security-Policy", startsWith("default-src 'self'"))
                .extract().asString();
        assertFalse(html.contains("<script>"), "report text is escaped");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), "the message is there, escaped");
        assertTrue(html.contains("&amp; 需核对"));
        assertTrue(html.contains("href=\"/profile.css\""));
        assertTrue(html.contains(r.body().name()));
        assertTrue(html.contains("已排除（误报）：表格为两行合并，系解析所致"), "review state and comment");
        assertTrue(html.contains("表三 收到和处理政府信息公开申请情况"));
        List<Long> peers = of(2023, r.body().level()).stream().map(GeneratedBodies.Report::newReceived).toList();
        long rank = peers.stream().filter(v -> v > r.newReceived()).count() + 1;
        assertTrue(html.contains("<td class=\"num\">" + r.newReceived() + "</td><td class=\"num\">" + rank + " / " + peers.size()
                + "</td>"), "value and rank among its peers");
        given().get("/profile.css").then().statusCode(200).body(containsString("@page"));
        given().get("/api/organizations/没有这个机关/profile.html").then().statusCode(404).contentType(startsWith("application/problem+json"));
    }

    @Test
    @Order(7)
    void profileXlsxHoldsTheFiguresIssuesAndPosition() throws Exception {
        GeneratedBodies.Report r = reviewedReport();
        byte[] xlsx = given().get("/api/organizations/" + r.body().name() + "/profile.xlsx").then().statusCode(200)
                .contentType(startsWith("application/vnd.openxmlformats")).extract().asByteArray();
        DataFormatter text = new DataFormatter();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet summary = wb.getSheet("概况");
            assertNotNull(summary);
            assertEquals(r.body().name(), text.formatCellValue(summary.getRow(0).getCell(1)));
            Row metric = find(summary, NEW_RECEIVED);
            assertEquals(r.newReceived(), (long) metric.getCell(3).getNumericCellValue());
            List<Long> peers = of(2023, r.body().level()).stream().map(GeneratedBodies.Report::newReceived).toList();
            assertEquals(peers.stream().filter(v -> v > r.newReceived()).count() + 1, (long) metric.getCell(4).getNumericCellValue());
            assertEquals(peers.size(), (int) metric.getCell(5).getNumericCellValue());
            assertEquals(percentile(peers, 0.5), metric.getCell(8).getNumericCellValue(), 1e-9);
            long in2019 = reports.stream().filter(x -> x.body().equals(r.body()) && x.year() == 2019).findFirst().orElseThrow().newReceived();
            assertEquals(in2019, (long) metric.getCell(10).getNumericCellValue(), "trend column 2019");

            Sheet tables = wb.getSheet("表格");
            Row newReceived = null;
            for (Row row : tables) {
                if (text.formatCellValue(row.getCell(5)).startsWith("一、本年新收")) {
                    newReceived = row;
                }
            }
            assertNotNull(newReceived);
            assertEquals(r.newReceived(), (long) newReceived.getCell(12).getNumericCellValue(), "总计 of 本年新收");

            Sheet issues = wb.getSheet("问题");
            List<Issue> expected = currentIssues.get(r.reportId());
            assertEquals(expected.size() + 1, issues.getPhysicalNumberOfRows());
            Map<String, String> states = new HashMap<>();
            for (Row row : issues) {
                if (row.getRowNum() > 0) {
                    states.put(text.formatCellValue(row.getCell(1)) + text.formatCellValue(row.getCell(2)), text.formatCellValue(row.getCell(6)));
                }
            }
            for (Issue i : expected) {
                assertEquals(reviewed.getOrDefault(r.reportId() + i.code() + i.path(), "OPEN"), states.get(i.code() + i.path()), i.path());
            }
        }
    }

    private static Row find(Sheet sheet, String first) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && first.equals(new DataFormatter().formatCellValue(row.getCell(0)))) {
                return row;
            }
        }
        throw new AssertionError("no row " + first + " in " + sheet.getSheetName());
    }

    @Test
    @Order(8)
    void riskListRanksBodiesByErrorsThenWarningsNotDismissed() throws Exception {
        byte[] xlsx = given().get("/api/risk.xlsx?year=2023").then().statusCode(200)
                .contentType(startsWith("application/vnd.openxmlformats")).extract().asByteArray();
        Map<String, long[]> expected = new HashMap<>();
        for (var r : of(2023, null)) {
            long errors = 0;
            long warnings = 0;
            for (Issue i : currentIssues.get(r.reportId())) {
                if ("DISMISSED".equals(reviewed.get(r.reportId() + i.code() + i.path()))) {
                    continue;
                }
                errors += i.severity().name().equals("ERROR") ? 1 : 0;
                warnings += i.severity().name().equals("WARNING") ? 1 : 0;
            }
            expected.put(r.body().name(), new long[] {errors, warnings});
        }
        DataFormatter text = new DataFormatter();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = wb.getSheet("风险排名");
            assertEquals("排名", text.formatCellValue(s.getRow(0).getCell(0)));
            List<long[]> order = new ArrayList<>();
            for (int n = 1; n <= expected.size(); n++) {
                Row row = s.getRow(n);
                String body = text.formatCellValue(row.getCell(1));
                long[] e = expected.get(body);
                assertNotNull(e, "a 2023 body: " + body);
                assertEquals(e[0], (long) row.getCell(5).getNumericCellValue(), body + " errors");
                assertEquals(e[1], (long) row.getCell(6).getNumericCellValue(), body + " warnings");
                order.add(e);
            }
            List<long[]> sorted = new ArrayList<>(order);
            sorted.sort(Comparator.<long[]>comparingLong(x -> -x[0]).thenComparingLong(x -> -x[1]));
            for (int i = 0; i < order.size(); i++) {
                assertEquals(sorted.get(i)[0], order.get(i)[0], "ranked by errors, row " + (i + 1));
                assertEquals(sorted.get(i)[1], order.get(i)[1], "then by warnings, row " + (i + 1));
            }
            assertEquals(expected.size() + 1, wb.getSheet("报告明细").getPhysicalNumberOfRows());
        }
        // filters as /api/reports
        byte[] one = given().get("/api/risk.xlsx?organization=潍坊&year=2023").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(one))) {
            List<String> bodies = new ArrayList<>();
            for (Row row : wb.getSheet("风险排名")) {
                if (row.getRowNum() > 0 && row.getCell(0) != null && row.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    bodies.add(text.formatCellValue(row.getCell(1)));
                }
            }
            assertEquals(List.of("潍坊市人民政府", "潍坊市公安局", "潍坊市教育局").stream().sorted().toList(), bodies.stream().sorted().toList());
        }
        given().get("/api/risk.xlsx?year=abc").then().statusCode(400);
    }

    @Test
    @Order(9)
    void consoleHasTheBenchmarkAndReviewScripts() {
        given().get("/").then().statusCode(200).body(containsString("/benchmarks.js")).body(containsString("/review.js"));
        given().get("/benchmarks.js").then().statusCode(200).body(containsString("createElementNS"));
    }

    @Test
    @Order(10)
    void consoleChartsABodyAmongItsPeersAndReviewsAnIssue() throws Exception {
        assumeTrue(Files.isExecutable(ConsoleBrowserTest.CHROMIUM) && Files.isExecutable(ConsoleBrowserTest.CHROMEDRIVER),
                "needs Debian packages chromium and chromium-driver");
        GeneratedBodies.Body county = GeneratedBodies.BODIES.stream().filter(b -> b.level().equals("COUNTY")).findFirst().orElseThrow();
        GeneratedBodies.Report latest = reports.stream().filter(x -> x.body().equals(county) && x.year() == 2023).findFirst().orElseThrow();
        List<Long> peers = of(2023, "COUNTY").stream().filter(GeneratedBodies.Report::hasApplications)
                .map(GeneratedBodies.Report::newReceived).toList();
        long rank = peers.stream().filter(v -> v > latest.newReceived()).count() + 1;
        ChromeDriver browser = ConsoleBrowserTest.startBrowser();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            browser.get(console + "#/org/" + URLEncoder.encode(county.name(), StandardCharsets.UTF_8));
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#benchmark svg.bench-chart circle.own-dot"), 5));
            String summary = browser.findElement(By.cssSelector("#benchmark .bench-summary")).getText();
            assertTrue(summary.contains("在 " + peers.size() + " 个同级机关中排第 " + rank + " 名"), summary);
            assertEquals(1, browser.findElements(By.cssSelector("#benchmark svg.bench-chart polygon.band")).size());
            Files.write(Path.of("target", "console-benchmark.png"), browser.getScreenshotAs(OutputType.BYTES));

            // the printable profile gets its print stylesheet under the CSP (no inline style)
            browser.get(console + "api/organizations/" + URLEncoder.encode(county.name(), StandardCharsets.UTF_8).replace("+", "%20")
                    + "/profile.html");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("body.profile table")));
            assertEquals("collapse", ((JavascriptExecutor) browser).executeScript(
                    "return getComputedStyle(document.querySelector('body.profile table')).borderCollapse"));
            Files.write(Path.of("target", "profile.png"), browser.getScreenshotAs(OutputType.BYTES));

            // review an open issue from the report page (the prompts answered by the test)
            GeneratedBodies.Report withError = reports.stream().filter(x -> x.year() == 2022 && x.body().index() == 1).findFirst()
                    .orElseThrow();
            Issue issue = currentIssues.get(withError.reportId()).get(0);
            browser.get(console + "#/report/" + withError.reportId());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ul.issues .review.OPEN")));
            ((JavascriptExecutor) browser).executeScript("sessionStorage.setItem('nianbao.token', 'test-token');"
                    + "window.prompt = (q) => q.startsWith('审核人') ? '浏览器审核' : '已与机关核实';");
            WebElement tag = browser.findElement(By.cssSelector("ul.issues .review.OPEN"));
            tag.click();
            browser.findElement(By.cssSelector("ul.issues button.review-action[data-state='CONFIRMED']")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ul.issues .review.CONFIRMED")));
            assertEquals("CONFIRMED", state(withError.reportId(), issue.code(), issue.path()));
            reviewed.put(withError.reportId() + issue.code() + issue.path(), "CONFIRMED");
        } finally {
            browser.quit();
        }
    }

}
