package io.nianbao.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.issue.Issue;
import io.nianbao.contracts.model.NarrativeFigure;
import io.nianbao.contracts.model.ParsedReport;

/** A parser in progress may hand over odd shapes; the validator reports them and never throws. */
class OddShapesTest {
    private final ReportValidator validator = new ReportValidator();

    @Test
    void reportWithoutTablesHasThreeMissingTablesAndIsNotChanged() {
        ParsedReport r = new ParsedReport();
        r.tables = null;
        r.year = 2020;
        List<Issue> issues = validator.validate(r);
        assertEquals(3, issues.stream().filter(i -> i.code().equals("S_TABLE_MISSING")).count(), issues::toString);
        assertNull(r.tables);
    }

    @Test
    void shortRowsMissingRowsAndUnknownMetricsDoNotThrow() {
        ParsedReport r = JsonCodec.readReport(JsonCodec.write(CorpusReports.seed("000")));
        r.tables.applications.granted = new ArrayList<>(Arrays.asList(623L, 20L)); // 5 cells missing
        r.tables.applications.denied.remove("stateSecret");
        r.tables.applications.unavailable = null;
        r.tables.reviewLitigation.litigationDirect = null;
        r.narrative.add(new NarrativeFigure("applications.nonsense.total", 3, "三件"));
        r.narrative.add(new NarrativeFigure("reviewLitigation.litigation.bogus", 3, "三件"));
        r.narrative.add(new NarrativeFigure("x", 3, null));
        r.narrative.add(null);
        List<Issue> issues = assertDoesNotThrow(() -> validator.validate(r));
        // each absent cell is one blank: 5 (granted) + 7 (stateSecret) + 21 (unavailable) + 5 (litigationDirect)
        assertEquals(38, issues.stream().filter(i -> i.code().equals("S_CELL_BLANK")).count());
        assertTrue(issues.stream().anyMatch(i -> i.code().equals("A_T3_ROW_TOTAL") && i.path().equals("applications.granted[6]")));
        assertTrue(issues.stream().noneMatch(i -> i.code().equals("N_MISMATCH") && i.path().equals("reviewLitigation.litigation.total")),
                "a prose figure is not compared with blank cells");
    }
}
