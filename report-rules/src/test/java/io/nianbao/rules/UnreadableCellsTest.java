package io.nianbao.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.nianbao.contracts.issue.Issue;
import io.nianbao.contracts.issue.Severity;
import io.nianbao.contracts.model.Applications;
import io.nianbao.contracts.model.CellEvidence;
import io.nianbao.contracts.model.CellEvidence.Meaning;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.contracts.model.TableStatus;
import io.nianbao.contracts.model.Template;

/** A Table 3 row read from a picture that does not add up: a warning about the doubtful cell, unless the reading was confirmed. */
class UnreadableCellsTest {

    private static ParsedReport ocrReportWithBadRow(boolean confirmed) {
        ParsedReport r = new ParsedReport();
        r.year = 2020;
        r.template = Template.T2019;
        Applications t = Applications.blank(Template.T2019);
        t.source = "OCR";
        for (List<Long> row : List.of(t.newReceived, t.carriedOver, t.granted, t.partiallyGranted, t.total, t.carriedForward)) {
            for (int i = 0; i < 7; i++) {
                row.set(i, 0L);
            }
        }
        t.denied.values().forEach(row -> row.replaceAll(x -> 0L));
        t.unavailable.values().forEach(row -> row.replaceAll(x -> 0L));
        t.notProcessed.values().forEach(row -> row.replaceAll(x -> 0L));
        t.otherHandling.values().forEach(row -> row.replaceAll(x -> 0L));
        // 11 + 0 … ≠ 17: a 7 read as 1? (the column balance does not hold either)
        t.granted.set(0, 11L);
        t.granted.set(6, 17L);
        t.total.set(0, 11L);
        t.total.set(6, 17L);
        t.newReceived.set(0, 11L);
        t.newReceived.set(6, 17L);
        r.tables.applications = t;
        for (int i = 0; i < 7; i++) {
            String path = "applications.granted[" + i + "]";
            CellEvidence e = new CellEvidence(String.valueOf(t.granted.get(i)), Meaning.NUMERIC, 100 + i * 3, 1, null);
            r.cells.put(path, e.withOcr(i == 0 ? 0.41 : 0.93, confirmed || i != 0));
        }
        r.tables.activeDisclosure.status = TableStatus.MISSING;
        return r;
    }

    @Test
    void anUnconfirmedOcrCellThatBreaksARowTotalIsAWarningNamingIt() {
        List<Issue> issues = new ReportValidator().validate(ocrReportWithBadRow(false));
        assertTrue(issues.stream().noneMatch(i -> i.code().equals("A_T3_ROW_TOTAL") && i.path().startsWith("applications.granted")), issues.toString());
        Issue unreadable = issues.stream().filter(i -> i.code().equals("S_CELL_UNREADABLE")).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, unreadable.severity());
        assertEquals("applications.granted[0]", unreadable.path());
        assertTrue(unreadable.message().contains("OCR") && unreadable.message().contains("41%"), unreadable.message());
        assertEquals(1, issues.stream().filter(i -> i.code().equals("S_CELL_UNREADABLE")).count(), "one warning per cell");
    }

    @Test
    void aConfirmedReadingKeepsTheArithmeticError() {
        List<Issue> issues = new ReportValidator().validate(ocrReportWithBadRow(true));
        assertTrue(issues.stream().anyMatch(i -> i.code().equals("A_T3_ROW_TOTAL") && i.path().equals("applications.granted[6]")
                && i.severity() == Severity.ERROR), issues.toString());
        assertTrue(issues.stream().noneMatch(i -> i.code().equals("S_CELL_UNREADABLE")), issues.toString());
    }
}
