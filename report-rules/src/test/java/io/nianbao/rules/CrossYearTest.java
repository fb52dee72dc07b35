package io.nianbao.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.issue.Issue;
import io.nianbao.contracts.model.ActiveDisclosure;
import io.nianbao.contracts.model.ParsedReport;

/** Two reports of one body for consecutive years, built from seed 000's expected JSON. */
class CrossYearTest {
    private final ReportValidator validator = new ReportValidator();

    /** Year 2019 of the same body whose figures roll over consistently into seed 000 (2020). */
    static ParsedReport consistentPreviousYear(ParsedReport year2020) {
        ParsedReport y = JsonCodec.readReport(JsonCodec.write(year2020));
        y.year = year2020.year - 1;
        y.organization = "烟台市政府"; // another spelling of the same body
        // last year's 结转下年度 = this year's 上年结转 (10, all from natural persons)
        y.tables.applications.carriedForward = List.of(10L, 0L, 0L, 0L, 0L, 0L, 10L);
        y.tables.applications.total = List.of(1344L, 71L, 7L, 2L, 15L, 2L, 1441L);
        y.tables.applications.newReceived = List.of(1349L, 71L, 7L, 2L, 15L, 2L, 1446L);
        y.tables.applications.carriedOver = List.of(5L, 0L, 0L, 0L, 0L, 0L, 5L);
        y.tables.applications.granted = List.of(624L, 20L, 1L, 1L, 7L, 1L, 654L);
        ActiveDisclosure ad = y.tables.activeDisclosure;
        // this year's 上一年项目数量 = last year's 上一年项目数量 + 本年增/减
        for (String row : List.of("licensing", "otherServices", "penalties", "enforcement", "fees")) {
            long now = year2020.tables.activeDisclosure.figure(row, "previousCount").longValue();
            ad.set(row, "previousCount", now - 7);
            ad.set(row, "change", 7L);
        }
        y.narrative.clear();
        return y;
    }

    private List<String> keys(List<Issue> issues) {
        return issues.stream().map(i -> i.code() + "@" + i.path()).sorted().toList();
    }

    @Test
    void consistentYearsRaiseNoCrossYearIssue() {
        ParsedReport y2020 = CorpusReports.seed("000");
        ParsedReport y2019 = consistentPreviousYear(y2020);
        assertEquals(OrganizationNames.normalize(y2019.organization), OrganizationNames.normalize(y2020.organization));
        assertTrue(validator.validate(y2019).isEmpty(), () -> validator.validate(y2019).toString());
        List<Issue> issues = validator.validate(y2020, ValidationContext.withPreviousYear(y2019));
        assertTrue(issues.stream().noneMatch(i -> i.code().startsWith("X_")), issues::toString);
    }

    @Test
    void carriedForwardThatIsNotCarriedOverIsFound() {
        ParsedReport y2020 = CorpusReports.seed("000");
        ParsedReport y2019 = consistentPreviousYear(y2020);
        y2019.tables.applications.carriedForward = List.of(12L, 0L, 0L, 0L, 0L, 0L, 12L);
        y2019.tables.applications.total = List.of(1342L, 71L, 7L, 2L, 15L, 2L, 1439L);
        y2019.tables.applications.granted = List.of(622L, 20L, 1L, 1L, 7L, 1L, 652L);
        assertTrue(validator.validate(y2019).isEmpty(), () -> validator.validate(y2019).toString());

        List<Issue> issues = validator.validate(y2020, ValidationContext.withPreviousYear(y2019));
        Issue carry = issues.stream().filter(i -> i.code().equals("X_CARRYOVER_MISMATCH")).findFirst().orElseThrow();
        assertEquals("applications.carriedOver[6]", carry.path());
        assertEquals(12L, carry.expected());
        assertEquals(10L, carry.actual());
        assertTrue(carry.message().contains("结转下年度"), carry.message());
    }

    @Test
    void projectCountsThatDoNotRollOverAreFound() {
        ParsedReport y2020 = CorpusReports.seed("000");
        ParsedReport y2019 = consistentPreviousYear(y2020);
        y2019.tables.activeDisclosure.set("penalties", "change", 8L);
        List<Issue> issues = validator.validate(y2020, ValidationContext.withPreviousYear(y2019));
        assertEquals(List.of("X_PROJECT_COUNT_MISMATCH@activeDisclosure.penalties.previousCount"),
                keys(issues.stream().filter(i -> i.code().startsWith("X_")).toList()));
    }

    @Test
    void suddenChangeNeedsFiveTimesAndTenOnBothSides() {
        ParsedReport y2020 = CorpusReports.seed("000");
        ParsedReport y2019 = consistentPreviousYear(y2020);
        // administrative review: 40 this year; 7 last year is under 10 → no finding; 7.9× with 5 → no finding either
        y2019.tables.reviewLitigation.administrativeReview = List.of(2L, 2L, 0L, 3L, 7L);
        assertTrue(validator.validate(y2020, ValidationContext.withPreviousYear(y2019)).stream()
                .noneMatch(i -> i.code().equals("X_SUDDEN_CHANGE")));
        // 1441 new applications this year against 200 last year: more than 5×
        y2019.tables.applications.newReceived = List.of(195L, 0L, 0L, 0L, 5L, 0L, 200L);
        List<Issue> issues = validator.validate(y2020, ValidationContext.withPreviousYear(y2019));
        Issue sudden = issues.stream().filter(i -> i.code().equals("X_SUDDEN_CHANGE")).findFirst().orElseThrow();
        assertEquals("applications.newReceived.total", sudden.path());
        assertEquals(200L, sudden.expected());
        assertEquals(1441L, sudden.actual());
        // and the other way round (less than 0.2×) when last year is the big one
        List<Issue> reverse = validator.validate(y2019, ValidationContext.withPreviousYear(withYear(y2020, 2018)));
        assertTrue(reverse.stream().anyMatch(i -> i.code().equals("X_SUDDEN_CHANGE") && i.path().equals("applications.newReceived.total")));
    }

    @Test
    void aReportOfAnotherYearIsNotUsedAsThePreviousYear() {
        ParsedReport y2020 = CorpusReports.seed("000");
        ParsedReport y2018 = withYear(consistentPreviousYear(y2020), 2018);
        y2018.tables.applications.carriedForward = List.of(99L, 0L, 0L, 0L, 0L, 0L, 99L);
        assertTrue(validator.validate(y2020, ValidationContext.withPreviousYear(y2018)).stream()
                .noneMatch(i -> i.code().startsWith("X_")));
    }

    @Test
    void supersedingReportIsFlagged() {
        List<Issue> issues = validator.validate(CorpusReports.seed("002"), new ValidationContext(null, true));
        assertEquals(List.of("X_SUPERSEDED@report"), keys(issues));
    }

    private static ParsedReport withYear(ParsedReport report, int year) {
        ParsedReport copy = JsonCodec.readReport(JsonCodec.write(report));
        copy.year = year;
        return copy;
    }
}
