package io.nianbao.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.nianbao.contracts.event.CellChange;
import io.nianbao.contracts.event.EventEnvelope;
import io.nianbao.contracts.event.EventTypes;
import io.nianbao.contracts.event.ReportCorrected;
import io.nianbao.contracts.event.ReportValidated;
import io.nianbao.contracts.model.CellPaths;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.contracts.model.TableStatus;
import io.nianbao.contracts.model.Template;
import io.nianbao.testsupport.Corpus;

class CellPathsTest {

    static ParsedReport seed(int index) throws IOException {
        List<Path> docs = Corpus.documents(Corpus.seeds());
        return JsonCodec.readReport(Files.readString(Corpus.expectedOf(docs.get(index))));
    }

    static ParsedReport withPresentTables() throws IOException {
        for (int i = 0; i < 5; i++) {
            ParsedReport r = seed(i);
            if (r.tables.applications.status == TableStatus.PRESENT && r.tables.reviewLitigation.status == TableStatus.PRESENT
                    && r.tables.activeDisclosure.status == TableStatus.PRESENT) {
                return r;
            }
        }
        throw new AssertionError("no seed with the three tables");
    }

    @Test
    void everyPathOfASeedReadsTheFigureItNames() throws IOException {
        ParsedReport r = withPresentTables();
        Map<String, Number> cells = CellPaths.all(r);
        assertEquals(r.tables.applications.newReceived.get(6), cells.get("applications.newReceived[6]"));
        assertEquals(r.tables.applications.denied.get("stateSecret").get(0), cells.get("applications.denied.stateSecret[0]"));
        assertEquals(r.tables.reviewLitigation.litigationDirect.get(4), cells.get("reviewLitigation.litigationDirect[4]"));
        // 10 rows of 7 plus the 16 grouped rows; 3 × 5 in Table 4
        long t3 = cells.keySet().stream().filter(p -> p.startsWith("applications.")).count();
        assertEquals(0, t3 % 7);
        assertTrue(t3 >= 7 * 22, "Table 3 cells: " + t3);
        assertEquals(15, cells.keySet().stream().filter(p -> p.startsWith("reviewLitigation.")).count());
    }

    @Test
    void setChangesOnlyThatCellAndDiffFindsIt() throws IOException {
        ParsedReport before = withPresentTables();
        ParsedReport after = JsonCodec.readReport(JsonCodec.write(before));
        Long old = before.tables.applications.newReceived.get(0);
        after.invalidCells.put("applications.newReceived[0]", "十二");
        CellPaths.set(after, "applications.newReceived[0]", 12);
        CellPaths.set(after, "reviewLitigation.administrativeReview[3]", 7L);
        assertEquals(12L, after.tables.applications.newReceived.get(0));
        assertFalse(after.invalidCells.containsKey("applications.newReceived[0]"));
        List<CellChange> diff = CellPaths.diff(before, after);
        List<String> paths = diff.stream().map(CellChange::path).toList();
        assertTrue(paths.contains("applications.newReceived[0]") || old != null && old == 12L);
        assertTrue(paths.contains("reviewLitigation.administrativeReview[3]")
                || Long.valueOf(7).equals(before.tables.reviewLitigation.administrativeReview.get(3)));
        assertTrue(paths.size() <= 2, paths.toString());
        assertTrue(CellPaths.diff(before, JsonCodec.readReport(JsonCodec.write(before))).isEmpty());
    }

    @Test
    void pathsOutsideTheTemplateAndImpossibleFiguresAreRefused() throws IOException {
        ParsedReport r = withPresentTables();
        assertThrows(CellPaths.InvalidCellException.class, () -> CellPaths.set(r, "applications.newReceived[7]", 1));
        assertThrows(CellPaths.InvalidCellException.class, () -> CellPaths.set(r, "applications.denied.nothing[0]", 1));
        assertThrows(CellPaths.InvalidCellException.class, () -> CellPaths.set(r, "reviewLitigation.litigation[0]", 1));
        assertThrows(CellPaths.InvalidCellException.class, () -> CellPaths.set(r, "activeDisclosure.fees.decisions", 1));
        assertThrows(CellPaths.InvalidCellException.class, () -> CellPaths.set(r, "tables.x", 1));
        assertThrows(CellPaths.InvalidCellException.class, () -> CellPaths.set(r, "applications.granted[0]", -1));
        assertThrows(CellPaths.InvalidCellException.class, () -> CellPaths.set(r, "applications.granted[0]", 1.5));
        CellPaths.set(r, "activeDisclosure.licensing.change", -3); // 本年增/减 is signed
        assertEquals(-3L, r.tables.activeDisclosure.figure("licensing", "change"));
    }

    @Test
    void aTableThatWasAnImageBecomesPresentWhenItsFiguresAreTyped() {
        ParsedReport r = new ParsedReport();
        r.template = Template.T2021;
        r.tables.reviewLitigation.status = TableStatus.IMAGE_ONLY;
        CellPaths.set(r, "reviewLitigation.administrativeReview[4]", 5);
        CellPaths.set(r, "applications.otherHandling.feeUnpaid[6]", 2);
        CellPaths.set(r, "activeDisclosure.fees.amountWan", 1.5);
        assertEquals(TableStatus.PRESENT, r.tables.reviewLitigation.status);
        assertEquals(5L, CellPaths.get(r, "reviewLitigation.administrativeReview[4]"));
        assertNull(CellPaths.get(r, "reviewLitigation.administrativeReview[0]"));
        assertEquals(2L, CellPaths.get(r, "applications.otherHandling.feeUnpaid[6]"));
        assertEquals(1.5, CellPaths.get(r, "activeDisclosure.fees.amountWan"));
        assertTrue(CellPaths.all(r).containsKey("activeDisclosure.regulations.inForce"));
    }

    @Test
    void correctionAndVersionedValidationSurviveJson() throws IOException {
        ParsedReport r = withPresentTables();
        var event = EventEnvelope.of("abc", EventTypes.REPORT_CORRECTED, new ReportCorrected(2, 1, "张三", "原表笔误",
                Instant.parse("2026-01-01T00:00:00Z"), List.of(new CellChange("applications.newReceived[0]", 11L, 12L)), null, r));
        var back = JsonCodec.readCorrected(JsonCodec.write(event));
        assertEquals(2, back.payload().version());
        assertEquals("张三", back.payload().author());
        assertEquals(12, back.payload().changes().get(0).after().intValue());
        assertTrue(CellPaths.diff(r, back.payload().report()).isEmpty());

        String old = JsonCodec.write(new ReportValidated("a", "a", 2020, "2019", 1, "parsed", List.of()));
        assertFalse(old.contains("version"), old);
        assertEquals(1, JsonCodec.readValidated(JsonCodec.write(EventEnvelope.of("x", EventTypes.REPORT_VALIDATED,
                new ReportValidated("a", "a", 2020, "2019", 1, "parsed", List.of())))).payload().versionOrFirst());
        assertEquals(3, JsonCodec.readValidated(JsonCodec.write(EventEnvelope.of("x", EventTypes.REPORT_VALIDATED,
                new ReportValidated("a", "a", 2020, "2019", 4, "corrected", List.of(), 3)))).payload().versionOrFirst());
    }
}
