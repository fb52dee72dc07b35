package io.nianbao.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.issue.Issue;
import io.nianbao.contracts.model.NarrativeFigure;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.contracts.model.TableStatus;
import io.nianbao.rules.narrative.StatedPrecision;

/** Structure rules (S_…) and the precision the prose gives, on small changes of seed reports. */
class StructureAndPrecisionTest {
    private final ReportValidator validator = new ReportValidator();

    private static ParsedReport seed(String prefix) {
        return JsonCodec.readReport(JsonCodec.write(CorpusReports.seed(prefix)));
    }

    private List<String> keys(ParsedReport report) {
        return validator.validate(report).stream().map(i -> i.code() + "@" + i.path()).sorted().toList();
    }

    @Test
    void unknownYearAndWrongTemplate() {
        ParsedReport r = seed("002");
        r.year = null;
        assertEquals(List.of("S_YEAR_UNKNOWN@year"), keys(r));
        r.year = 2021;
        assertEquals(List.of("S_TEMPLATE_MISMATCH@template"), keys(r));
        r.year = 2020;
        assertEquals(List.of(), keys(r));
    }

    @Test
    void missingTableGetsOnlyItsStructureIssue() {
        ParsedReport r = seed("002");
        r.tables.applications = new io.nianbao.contracts.model.Applications(TableStatus.MISSING);
        r.tables.reviewLitigation.status = TableStatus.IMAGE_ONLY; // figures left behind are not checked
        r.tables.reviewLitigation.administrativeReview = List.of(1L, 1L, 1L, 1L, 99L);
        assertEquals(List.of("S_TABLE_IMAGE_ONLY@reviewLitigation", "S_TABLE_MISSING@applications"), keys(r));
    }

    @Test
    void blankCellIsReportedOnceAndCountsAsZero() {
        ParsedReport r = seed("002");
        List<Long> row = new java.util.ArrayList<>(r.tables.applications.denied.get("stateSecret"));
        long old = row.get(0);
        row.set(0, null);
        r.tables.applications.denied.put("stateSecret", row);
        List<String> keys = keys(r);
        assertTrue(keys.contains("S_CELL_BLANK@applications.denied.stateSecret[0]"), keys::toString);
        assertEquals(1, keys.stream().filter(k -> k.startsWith("S_CELL_BLANK")).count());
        // counted as 0: arithmetic fires exactly when the printed cell was not 0
        assertEquals(old != 0, keys.contains("A_T3_ROW_TOTAL@applications.denied.stateSecret[6]"), keys::toString);
    }

    @Test
    void invalidCellIsAnErrorAndNotAlsoBlank() {
        ParsedReport r = seed("002");
        List<Long> row = new java.util.ArrayList<>(r.tables.reviewLitigation.administrativeReview);
        row.set(1, null);
        r.tables.reviewLitigation.administrativeReview = row;
        r.invalidCells.put("reviewLitigation.administrativeReview[1]", "1.5");
        List<Issue> issues = validator.validate(r);
        Issue invalid = issues.stream().filter(i -> i.code().equals("S_CELL_INVALID")).findFirst().orElseThrow();
        assertEquals("reviewLitigation.administrativeReview[1]", invalid.path());
        assertTrue(invalid.message().contains("1.5"));
        assertTrue(issues.stream().noneMatch(i -> i.code().equals("S_CELL_BLANK")), issues::toString);
    }

    @Test
    void balanceMessageNamesTheFigures() {
        ParsedReport r = seed("000");
        List<Long> forward = new java.util.ArrayList<>(r.tables.applications.carriedForward);
        forward.set(0, 12L);
        r.tables.applications.carriedForward = forward;
        Issue balance = validator.validate(r).stream().filter(i -> i.code().equals("A_T3_BALANCE")).findFirst().orElseThrow();
        assertEquals("applications.total[0]", balance.path());
        assertEquals(1354L, balance.expected());
        assertEquals(1355L, balance.actual());
        assertEquals("第三部分表格“自然人”列：本年新收1344+上年结转10=1354，但办理结果总计1343+结转下年度12=1355，两者应当相等。",
                balance.message());
    }

    @Test
    void statedPrecision() {
        NarrativeFigure wan = new NarrativeFigure("activeDisclosure.decisions.total", 5891900, "处理决定589.19万件");
        StatedPrecision p = StatedPrecision.of(wan);
        assertTrue(p.matches(5891850, 5891900));
        assertTrue(p.matches(5891949, 5891900));
        assertFalse(p.matches(5891950, 5891900));
        assertFalse(p.matches(5891849, 5891900));

        NarrativeFigure more = new NarrativeFigure("applications.total.total", 4000, "政府信息公開申請4000餘件");
        assertTrue(StatedPrecision.of(more).matches(4321, 4000));
        assertFalse(StatedPrecision.of(more).matches(3999, 4000));

        NarrativeFigure exact = new NarrativeFigure("applications.newReceived.total", 1441, "受理政府信息公开申请1441件");
        assertTrue(StatedPrecision.of(exact).matches(1441, 1441));
        assertFalse(StatedPrecision.of(exact).matches(1442, 1441));

        NarrativeFigure explicit = new NarrativeFigure("applications.newReceived.total", 1441, "x");
        explicit.tolerance = 2.0;
        assertTrue(StatedPrecision.of(explicit).matches(1443, 1441));
        assertFalse(StatedPrecision.of(explicit).matches(1444, 1441));
    }

    @Test
    void proseFigureAgainstABlankCellIsNotCompared() {
        ParsedReport r = seed("000");
        List<Long> row = new java.util.ArrayList<>(r.tables.reviewLitigation.litigationDirect);
        row.set(4, null);
        r.tables.reviewLitigation.litigationDirect = row;
        List<String> keys = keys(r);
        assertFalse(keys.contains("N_MISMATCH@reviewLitigation.litigation.total"), keys::toString);
        assertTrue(keys.contains("N_MISMATCH@reviewLitigation.administrativeReview.corrected"), keys::toString);
    }

    @Test
    void catalogListsEveryCode() {
        assertEquals(io.nianbao.contracts.issue.RuleCode.values().length, RuleCatalog.entries().size());
        assertTrue(RuleCatalog.entries().stream().anyMatch(e -> e.code().equals("A_T3_BALANCE")
                && e.severity() == io.nianbao.contracts.issue.Severity.ERROR));
    }
}
