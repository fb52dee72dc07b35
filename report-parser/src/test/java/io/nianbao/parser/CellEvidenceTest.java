package io.nianbao.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

import io.nianbao.contracts.model.CellEvidence;
import io.nianbao.contracts.model.CellEvidence.Meaning;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.contracts.model.Template;
import io.nianbao.parser.fixtures.Fixture;
import io.nianbao.parser.fixtures.Layouts;
import io.nianbao.parser.fixtures.Layouts.Style;
import io.nianbao.parser.read.DocumentReader;
import io.nianbao.parser.read.ReadDocument;
import io.nianbao.parser.table.Cell;
import io.nianbao.parser.table.CellKind;
import io.nianbao.parser.text.LineBreaks;

/** Cell evidence on invented reports: glued figures, Traditional text, padded markdown, inserted blanks, pages. */
class CellEvidenceTest {
    private final ReportParser parser = new ReportParser();

    private static String at(String text, CellEvidence ev) {
        return text.substring(ev.offset(), ev.offset() + ev.length());
    }

    @Test
    void figuresCutFromAGluedTokenPointAtTheirDigits() {
        Fixture f = Fixture.of(Template.T2019);
        long[] row = f.requests.get("unavailable.notHeld");
        String text = Layouts.pdfText(f, Style.PLAIN, "unavailable.notHeld");
        ParsedReport r = parser.parseText(text);
        assertTrue(r.inferredCells.contains("applications.unavailable.notHeld[1]"), r.inferredCells::toString);
        CellEvidence first = r.cells.get("applications.unavailable.notHeld[1]");
        CellEvidence second = r.cells.get("applications.unavailable.notHeld[2]");
        assertEquals(Long.toString(row[1]), first.raw());
        assertEquals(Long.toString(row[2]), second.raw());
        assertEquals(first.raw(), at(text, first));
        assertEquals(second.raw(), at(text, second));
        assertEquals(first.offset() + first.length(), second.offset(), "the two figures were printed side by side");
    }

    @Test
    void traditionalTextKeepsItsCharactersAndOffsets() {
        Fixture f = Fixture.of(Template.T2019);
        String text = ZhConverterUtil.toTraditional(Layouts.markdown(f, new Style(false, "无", true, true)));
        assertTrue(text.contains("處理") && text.contains("無"), "the fixture is Traditional and writes 0 as 無");
        ParsedReport r = parser.parseText(text);
        int placeholders = 0;
        for (Map.Entry<String, CellEvidence> e : r.cells.entrySet()) {
            CellEvidence ev = e.getValue();
            assertNotNull(ev.offset(), e.getKey());
            assertEquals(ev.raw(), at(text, ev), e.getKey());
            if (ev.raw().equals("無")) {
                assertEquals(Meaning.NA, ev.meaning(), e.getKey());
                placeholders++;
            }
        }
        assertTrue(placeholders > 0, "無 is read from the text as written, not as the Simplified 无");
        assertEquals(r.cells.size(), CellEvidenceCorpusTest.cellsOf(
                io.nianbao.contracts.JsonCodec.mapper().valueToTree(r)).size(), "one entry per cell");
    }

    @Test
    void theRawTextLeavesOutThePaddingAroundAFigure() {
        Fixture f = Fixture.of(Template.T2019);
        String text = Layouts.markdown(f, Style.PLAIN).replace("| ", "|\u3000 ").replace(" |", " \u00A0|");
        ParsedReport r = parser.parseText(text);
        CellEvidence total = r.cells.get("applications.total[6]");
        assertEquals(Long.toString(f.requests.get("total")[6]), total.raw());
        assertEquals(total.raw(), at(text, total));
        assertEquals(Meaning.NUMERIC, total.meaning());
    }

    @Test
    void aBlankTheParserInsertedHasNoPlace() {
        CellLocator locator = new CellLocator("规章 1\n", "规章 1\n", LineBreaks.lineStarts("规章 1\n"), null);
        CellEvidence blank = locator.evidenceOf(new Cell("", CellKind.EMPTY, null, null, false, false, 0, false));
        assertEquals(new CellEvidence("", Meaning.EMPTY, null, null, null), blank);
        assertEquals(new CellEvidence("", Meaning.EMPTY, null, null, null), locator.evidenceOf(null));
    }

    @Test
    void aCellThatIsNotWhereItSaysHasNoOffset() {
        CellLocator locator = new CellLocator("规章 12\n", "规章 12\n", LineBreaks.lineStarts("规章 12\n"), null);
        Cell wrong = new Cell("12", CellKind.VALUE, java.math.BigDecimal.TEN, null, false, false, 0, false, 1);
        CellEvidence ev = locator.evidenceOf(wrong);
        assertNull(ev.offset());
        assertEquals("12", ev.raw());
        Cell right = new Cell("12", CellKind.VALUE, java.math.BigDecimal.TEN, null, false, false, 0, false, 3);
        assertEquals(new CellEvidence("12", Meaning.NUMERIC, 3, 2, null), locator.evidenceOf(right));
    }

    @Test
    void cellsOnALaterPageSayWhichPage() {
        CellLocator locator = new CellLocator("a\nb 7\n", "a\nb 7\n", LineBreaks.lineStarts("a\nb 7\n"),
                new ReadDocument("a\nb 7\n", "pdf", null, true, List.of(), List.of(0, 2))::pageOf);
        Cell seven = new Cell("7", CellKind.VALUE, java.math.BigDecimal.valueOf(7), null, false, false, 1, false, 2);
        assertEquals(Integer.valueOf(2), locator.evidenceOf(seven).page());
    }

    @Test
    void pagesOfAPdfText() {
        ReadDocument doc = new ReadDocument("", "pdf", null, true, List.of(), List.of(0, 10, 10, 25));
        assertEquals(1, doc.pageOf(0));
        assertEquals(1, doc.pageOf(9));
        assertEquals(3, doc.pageOf(10), "page 2 is empty: offset 10 is on page 3");
        assertEquals(3, doc.pageOf(24));
        assertEquals(4, doc.pageOf(99));
        assertNull(new ReadDocument("x", "text", "UTF-8", true, List.of()).pageOf(0));
    }

    @Test
    void parseWithTextReturnsTheTextTheOffsetsPointInto() {
        Fixture f = Fixture.of(Template.T2021);
        byte[] bytes = Layouts.tsvRows(f, Style.PLAIN).getBytes(StandardCharsets.UTF_8);
        ReportWithText parsed = parser.parseWithText(bytes, "r.txt", null);
        assertEquals(new DocumentReader().read(bytes, "r.txt", null).text(), parsed.text());
        assertEquals(Template.T2021, parsed.report().template);
        assertTrue(parsed.report().cells.size() > 50, () -> parsed.report().cells.keySet().toString());
        for (Map.Entry<String, CellEvidence> e : parsed.report().cells.entrySet()) {
            if (e.getValue().offset() != null) {
                assertEquals(e.getValue().raw(), at(parsed.text(), e.getValue()), e.getKey());
            }
        }
        assertEquals(JsonOf.of(parser.parse(bytes, "r.txt", null)), JsonOf.of(parsed.report()), "parse is parseWithText's report");

        ReportWithText nothing = parser.parseWithText(new byte[] {1, 2, 3}, "x.bin", null);
        assertEquals("", nothing.text());
        assertTrue(nothing.report().cells.isEmpty());
    }

    private static final class JsonOf {
        static String of(ParsedReport r) {
            return io.nianbao.contracts.JsonCodec.write(r);
        }
    }
}
