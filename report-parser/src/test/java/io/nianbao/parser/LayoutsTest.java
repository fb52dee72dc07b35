package io.nianbao.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

import io.nianbao.contracts.model.ActiveDisclosure;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.contracts.model.TableStatus;
import io.nianbao.contracts.model.Template;
import io.nianbao.parser.fixtures.Fixture;
import io.nianbao.parser.fixtures.Layouts;
import io.nianbao.parser.fixtures.Layouts.Style;

/** Every layout, rendered from one invented report, must parse back to exactly its figures. */
class LayoutsTest {
    private final ReportParser parser = new ReportParser();

    @Test
    void cellPerLine() {
        Fixture f = Fixture.of(Template.T2019);
        assertParsesBack(f, Layouts.cellPerLine(f, Style.PLAIN), Style.PLAIN);
    }

    @Test
    void tabSeparatedRowsWithMergedPositions() {
        Fixture f = Fixture.of(Template.T2019);
        assertParsesBack(f, Layouts.tsvRows(f, Style.PLAIN), Style.PLAIN);
    }

    @Test
    void tabLedCellsWithVerticalHeaderText() {
        Fixture f = Fixture.of(Template.T2019);
        String text = Layouts.tsvVertical(f, Style.PLAIN);
        assertTrue(text.contains("本\n\n年\n\n度"), "the fixture writes 本年度办理结果 vertically");
        assertParsesBack(f, text, Style.PLAIN);
    }

    @Test
    void markdownPipeTables() {
        Fixture f = Fixture.of(Template.T2019);
        assertParsesBack(f, Layouts.markdown(f, Style.PLAIN), Style.PLAIN);
    }

    @Test
    void pdfTextWithWrappedLabelsAndPageBreak() {
        Fixture f = Fixture.of(Template.T2019);
        String text = Layouts.pdfText(f, Style.PLAIN, null);
        assertTrue(text.contains("第 2 页 共 3 页"));
        assertParsesBack(f, text, Style.PLAIN);
    }

    @Test
    void pdfTextWithGluedFiguresIsSplitByTheRowTotal() {
        Fixture f = Fixture.of(Template.T2019);
        long[] row = f.requests.get("unavailable.notHeld");
        String glued = Long.toString(row[1]) + row[2];
        String text = Layouts.pdfText(f, Style.PLAIN, "unavailable.notHeld");
        assertTrue(text.contains(" " + glued + " "), "the fixture glues two figures: " + glued);
        ParsedReport report = assertParsesBack(f, text, Style.PLAIN);
        assertTrue(report.inferredCells.contains("applications.unavailable.notHeld[1]"), report.inferredCells::toString);
        assertTrue(report.inferredCells.contains("applications.unavailable.notHeld[2]"), report.inferredCells::toString);
    }

    @Test
    void traditionalCharacters() {
        Fixture f = Fixture.of(Template.T2019);
        String text = ZhConverterUtil.toTraditional(Layouts.cellPerLine(f, Style.PLAIN));
        assertTrue(text.contains("處理") && text.contains("報告"), "the fixture is in Traditional characters");
        ParsedReport report = assertParsesBack(f, text, Style.PLAIN);
        assertEquals("示例市人民政府", report.organization);
    }

    @Test
    void fullWidthDigits() {
        Fixture f = Fixture.of(Template.T2019);
        Style s = new Style(true, null, false, false);
        String text = Layouts.tsvRows(f, s);
        assertTrue(text.contains("１８４６２９４"));
        assertParsesBack(f, text, s);
    }

    @Test
    void zeroPlaceholders() {
        for (String zero : List.of("-", "—", "－", "/", "／", "无")) {
            Fixture f = Fixture.of(Template.T2019);
            Style s = new Style(false, zero, false, false);
            assertParsesBack(f, Layouts.markdown(f, s), s);
        }
    }

    @Test
    void signedChangesInWords() {
        Fixture f = Fixture.of(Template.T2019);
        Style s = new Style(false, null, true, false);
        String text = Layouts.cellPerLine(f, s);
        assertTrue(text.contains("减34") && text.contains("增18"));
        ParsedReport report = assertParsesBack(f, text, s);
        assertEquals(-34L, report.tables.activeDisclosure.figure(ActiveDisclosure.LICENSING, ActiveDisclosure.CHANGE));
    }

    @Test
    void moneyInYiYuan() {
        Fixture f = Fixture.of(Template.T2019);
        Style s = new Style(false, null, false, true);
        String text = Layouts.pdfText(f, s, null);
        assertTrue(text.contains("1.709091亿元"));
        ParsedReport report = assertParsesBack(f, text, s);
        assertEquals(17090.91, report.tables.activeDisclosure.figure(ActiveDisclosure.PROCUREMENT,
                ActiveDisclosure.AMOUNT_WAN).doubleValue(), 1e-9);
    }

    @Test
    void template2021InEveryLayout() {
        Fixture f = Fixture.of(Template.T2021);
        for (String text : List.of(Layouts.cellPerLine(f, Style.PLAIN), Layouts.tsvRows(f, Style.PLAIN),
                Layouts.tsvVertical(f, Style.PLAIN), Layouts.markdown(f, Style.PLAIN),
                Layouts.pdfText(f, Style.PLAIN, null))) {
            ParsedReport report = assertParsesBack(f, text, Style.PLAIN);
            assertEquals(3, report.tables.applications.otherHandling.size());
        }
    }

    @Test
    void templateFollowsTheHeadingsNotTheYear() {
        Fixture f = Fixture.of(Template.T2021);
        String text = Layouts.markdown(f, Style.PLAIN).replace("2022年", "2020年");
        ParsedReport report = parser.parseText(text);
        assertEquals(2020, report.year);
        assertEquals(Template.T2021, report.template);
    }

    // ------------------------------------------------------------------------------------------------

    private ParsedReport assertParsesBack(Fixture f, String text, Style s) {
        ParsedReport report = parser.parseText(text);
        String context = text.length() > 300 ? text.substring(0, 300) : text;
        assertEquals(f.year, report.year, context);
        assertEquals(f.template, report.template);
        assertEquals(f.organization, report.organization);
        assertEquals(TableStatus.PRESENT, report.tables.activeDisclosure.status);
        assertEquals(TableStatus.PRESENT, report.tables.applications.status);
        assertEquals(TableStatus.PRESENT, report.tables.reviewLitigation.status);
        assertEquals(expectedActive(f), report.tables.activeDisclosure.groups, "Table 2");
        for (Map.Entry<String, long[]> row : f.requests.entrySet()) {
            List<Long> read = rowOf(report, row.getKey());
            for (int k = 0; k < 7; k++) {
                assertEquals(row.getValue()[k], read.get(k), "applications." + row.getKey() + "[" + k + "]");
            }
        }
        List<List<Long>> groups = List.of(report.tables.reviewLitigation.administrativeReview,
                report.tables.reviewLitigation.litigationDirect, report.tables.reviewLitigation.litigationAfterReview);
        for (int k = 0; k < 15; k++) {
            assertEquals(f.review[k], groups.get(k / 5).get(k % 5), "reviewLitigation cell " + k);
        }
        assertTrue(report.invalidCells.isEmpty(), () -> "no invalid cells: " + report.invalidCells);
        return report;
    }

    private static List<Long> rowOf(ParsedReport r, String name) {
        var t = r.tables.applications;
        int dot = name.indexOf('.');
        if (dot > 0) {
            String row = name.substring(dot + 1);
            return switch (name.substring(0, dot)) {
                case "denied" -> t.denied.get(row);
                case "unavailable" -> t.unavailable.get(row);
                case "notProcessed" -> t.notProcessed.get(row);
                default -> t.otherHandling.get(row);
            };
        }
        return switch (name) {
            case "newReceived" -> t.newReceived;
            case "carriedOver" -> t.carriedOver;
            case "granted" -> t.granted;
            case "partiallyGranted" -> t.partiallyGranted;
            case "total" -> t.total;
            default -> t.carriedForward;
        };
    }

    private static Map<String, Map<String, Number>> expectedActive(Fixture f) {
        ActiveDisclosure a = new ActiveDisclosure(TableStatus.PRESENT);
        boolean t2021 = Template.T2021.equals(f.template);
        for (Map.Entry<String, String[]> e : f.active.entrySet()) {
            String group = switch (e.getKey()) {
                case "规章" -> ActiveDisclosure.REGULATIONS;
                case "规范性文件", "行政规范性文件" -> ActiveDisclosure.NORMATIVE_DOCUMENTS;
                case "行政许可" -> ActiveDisclosure.LICENSING;
                case "其他对外管理服务事项" -> ActiveDisclosure.OTHER_SERVICES;
                case "行政处罚" -> ActiveDisclosure.PENALTIES;
                case "行政强制" -> ActiveDisclosure.ENFORCEMENT;
                case "行政事业性收费" -> ActiveDisclosure.FEES;
                default -> ActiveDisclosure.PROCUREMENT;
            };
            List<String> fields;
            if (group.equals(ActiveDisclosure.REGULATIONS) || group.equals(ActiveDisclosure.NORMATIVE_DOCUMENTS)) {
                fields = t2021 ? List.of("issued", "repealed", "inForce") : List.of("made", "published", "totalPublished");
            } else if (group.equals(ActiveDisclosure.FEES)) {
                fields = t2021 ? List.of("amountWan") : List.of("previousCount", "change");
            } else if (group.equals(ActiveDisclosure.PROCUREMENT)) {
                fields = List.of("projects", "amountWan");
            } else {
                fields = t2021 ? List.of("decisions") : List.of("previousCount", "change", "decisions");
            }
            for (int k = 0; k < fields.size(); k++) {
                String v = e.getValue()[k];
                Number n = fields.get(k).equals("amountWan") ? (Number) new BigDecimal(v.replace("万元", "")).doubleValue()
                        : (Number) Long.valueOf(v.replace("+", ""));
                a.set(group, fields.get(k), n);
            }
        }
        return a.groups;
    }
}
