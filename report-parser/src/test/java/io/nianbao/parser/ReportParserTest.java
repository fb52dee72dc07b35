package io.nianbao.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.contracts.model.TableStatus;
import io.nianbao.contracts.model.Template;
import io.nianbao.parser.fixtures.Fixture;
import io.nianbao.parser.fixtures.Layouts;
import io.nianbao.parser.fixtures.Layouts.Style;

class ReportParserTest {
    private final ReportParser parser = new ReportParser();

    @Test
    void neverThrowsOnBadInput() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        for (byte[] input : List.of(new byte[0], noise, "%PDF-1.7 broken".getBytes(StandardCharsets.US_ASCII),
                "PK\u0003\u0004 not a zip".getBytes(StandardCharsets.ISO_8859_1))) {
            ParsedReport r = parser.parse(input, "x.bin", null);
            assertEquals(TableStatus.MISSING, r.tables.activeDisclosure.status);
            assertEquals(TableStatus.MISSING, r.tables.applications.status);
            assertEquals(TableStatus.MISSING, r.tables.reviewLitigation.status);
            assertFalse(r.notes.isEmpty(), "a note says why nothing was read");
            JsonCodec.write(r);
        }
        ParsedReport nothing = parser.parse(null, null, null);
        assertFalse(nothing.notes.isEmpty());
    }

    @Test
    void headingsWithoutFiguresAreEmptyTables() {
        String text = "鄭州市人民政府\n一、總體情況\n2020年，鄭州市人民政府以習近平新時代中國特色社會主義思想為指導，認真落實。\n"
                + "二、主動公開政府信息情況\n三、收到和處理政府信息公開申請情況\n（本列數據的勾稽關係為：第一項加第二項之和，等於第三項加第四項之和） | |\n"
                + "| | | | | | | |\n| | | | | | | |\n四、政府信息公開行政複議、行政訴訟情況\n五、存在的主要問題及改進情況\n無。\n";
        ParsedReport r = parser.parse(text.getBytes(StandardCharsets.UTF_8), "r.txt", null);
        assertEquals(TableStatus.EMPTY, r.tables.activeDisclosure.status);
        assertEquals(TableStatus.EMPTY, r.tables.applications.status);
        assertEquals(TableStatus.EMPTY, r.tables.reviewLitigation.status);
        assertEquals("郑州市人民政府", r.organization);
        assertEquals(2020, r.year);
        assertEquals(Template.T2019, r.template, "no headings: the year decides");
        assertNull(r.tables.applications.newReceived);
    }

    @Test
    void imagesWhereTheTablesShouldBe() {
        String text = "某市政府2019年政府信息公开工作报告\n一、总体情况\n全年公开信息186970条。\n二、政府信息主动公开情况\n"
                + "2019年，全市通过信息公开网公开信息186970条。\n\n0005.jpg\n三、政府信息依申请公开情况\n 2021030309_LgwVa8EN.jpg\n"
                + "四、因政府信息公开工作被申请行政复议、提起行政诉讼的情况\n<img src=\"/u/202101_vT.png\">\n五、存在问题及改进措施\n一是……\n";
        ParsedReport r = parser.parse(text.getBytes(StandardCharsets.UTF_8), "r.txt", null);
        assertEquals(TableStatus.IMAGE_ONLY, r.tables.activeDisclosure.status);
        assertEquals(TableStatus.IMAGE_ONLY, r.tables.applications.status);
        assertEquals(TableStatus.IMAGE_ONLY, r.tables.reviewLitigation.status);
        assertEquals("某市政府", r.organization);
    }

    @Test
    void noTablesAtAll() {
        ParsedReport r = parser.parseText("某区人民政府2021年政府信息公开工作年度报告\n一、总体情况\n本年度工作扎实推进。\n");
        assertEquals(TableStatus.MISSING, r.tables.activeDisclosure.status);
        assertEquals(TableStatus.MISSING, r.tables.applications.status);
        assertEquals(TableStatus.MISSING, r.tables.reviewLitigation.status);
        assertEquals(2021, r.year);
        assertEquals(Template.T2021, r.template);
    }

    @Test
    void invalidCellsAreListedWithTheirPath() {
        Fixture f = Fixture.of(Template.T2019);
        long[] row = f.requests.get("denied.stateSecret");
        String text = Layouts.markdown(f, Style.PLAIN).replace(
                "| 1.属于国家秘密 | " + row[0] + " | " + row[1] + " | " + row[2] + " | " + row[3] + " |",
                "| 1.属于国家秘密 | " + row[0] + " | " + row[1] + " | " + row[2] + " | 1/2 |");
        assertTrue(text.contains("1/2"));
        ParsedReport r = parser.parseText(text);
        assertEquals("1/2", r.invalidCells.get("applications.denied.stateSecret[3]"));
        assertNull(r.tables.applications.denied.get("stateSecret").get(3));
        assertEquals(row[4], r.tables.applications.denied.get("stateSecret").get(4), "the next cell stays in place");
    }

    @Test
    void reviewTableAsThreeRowsOfFive() {
        Fixture f = Fixture.of(Template.T2019);
        String table4 = "四、政府信息公开行政复议、行政诉讼情况\n\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n"
                + "行政复议\t3\t2\t0\t1\t6\n未经复议直接起诉\t4\t0\t1\t2\t7\n复议后起诉\t1\t1\t0\t0\t2\n";
        String text = Layouts.tsvRows(f, Style.PLAIN);
        text = text.substring(0, text.indexOf("四、政府信息公开行政复议")) + table4 + "五、存在的主要问题及改进情况\n";
        ParsedReport r = parser.parseText(text);
        assertEquals(List.of(3L, 2L, 0L, 1L, 6L), r.tables.reviewLitigation.administrativeReview);
        assertEquals(List.of(4L, 0L, 1L, 2L, 7L), r.tables.reviewLitigation.litigationDirect);
        assertEquals(List.of(1L, 1L, 0L, 0L, 2L), r.tables.reviewLitigation.litigationAfterReview);
    }

    @Test
    void aBlankDroppedFromAPdfRowIsPlacedByTheTableArithmetic() {
        Fixture f = Fixture.of(Template.T2019);
        long[] row = f.requests.get("denied.thirdPartyRights");
        String printed = row[0] + " " + row[1] + " " + row[2] + " " + row[3] + " " + row[4] + " " + row[5] + " " + row[6];
        // the research column becomes blank: the row and the column totals lose that figure too
        String text = Layouts.pdfText(f, Style.PLAIN, null);
        assertTrue(text.contains(printed));
        long gone = row[2];
        assertTrue(gone != 0 && row[1] != gone && row[3] != gone, "a figure that can only sit in one place");
        text = text.replace(printed, row[0] + " " + row[1] + " " + row[3] + " " + row[4] + " " + row[5] + " " + (row[6] - gone));
        long[] total = f.requests.get("total");
        long[] forward = f.requests.get("carriedForward");
        long[] received = f.requests.get("newReceived");
        text = text.replace("（七）总计 " + join(total), "（七）总计 " + join(minus(total, 2, gone)))
                .replace(" " + join(forward), " " + join(plus(forward, 2, 0)))
                .replace(" " + join(received), " " + join(minus(received, 2, gone)));
        ParsedReport r = parser.parseText(text);
        assertNull(r.tables.applications.denied.get("thirdPartyRights").get(2), r.tables.applications.denied.toString());
        assertEquals(row[3], r.tables.applications.denied.get("thirdPartyRights").get(3));
        assertTrue(r.inferredCells.contains("applications.denied.thirdPartyRights[2]"), r.inferredCells::toString);
    }

    private static String join(long[] v) {
        StringBuilder b = new StringBuilder();
        for (long x : v) {
            b.append(b.length() == 0 ? "" : " ").append(x);
        }
        return b.toString();
    }

    private static long[] minus(long[] v, int column, long d) {
        long[] out = v.clone();
        out[column] -= d;
        out[6] -= d;
        return out;
    }

    private static long[] plus(long[] v, int column, long d) {
        long[] out = v.clone();
        out[column] += d;
        out[6] += d;
        return out;
    }

    @Test
    void aRowReadIncompletelyIsNoted() {
        Fixture f = Fixture.of(Template.T2019);
        String text = Layouts.pdfText(f, Style.PLAIN, null).replace("行政强制 141 +18 16015", "行政强制 141");
        ParsedReport r = parser.parseText(text);
        assertEquals(141L, r.tables.activeDisclosure.figure("enforcement", "previousCount"));
        assertNull(r.tables.activeDisclosure.figure("enforcement", "decisions"));
        assertTrue(r.notes.stream().anyMatch(n -> n.contains("行政强制") && n.contains("只读到1个数")), r.notes::toString);
    }

    @Test
    void aTableOfContentsDoesNotHideTheSections() {
        Fixture f = Fixture.of(Template.T2021);
        String toc = "目录\n一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n"
                + "四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项\n";
        String text = Layouts.cellPerLine(f, Style.PLAIN).replaceFirst("\n", "\n" + toc);
        ParsedReport r = parser.parseText(text);
        assertEquals(TableStatus.PRESENT, r.tables.activeDisclosure.status);
        assertEquals(TableStatus.PRESENT, r.tables.applications.status);
        assertEquals(TableStatus.PRESENT, r.tables.reviewLitigation.status);
        assertEquals(f.requests.get("carriedForward")[6], r.tables.applications.carriedForward.get(6));
        assertEquals(f.review[14], r.tables.reviewLitigation.litigationAfterReview.get(4));
    }

    @Test
    void aTableWhoseHeadingIsMissingIsStillFound() {
        Fixture f = Fixture.of(Template.T2019);
        String text = Layouts.tsvRows(f, Style.PLAIN).replace("三、收到和处理政府信息公开申请情况\n", "");
        ParsedReport r = parser.parseText(text);
        assertEquals(TableStatus.PRESENT, r.tables.applications.status);
        assertEquals(f.requests.get("total")[6], r.tables.applications.total.get(6));
        assertEquals(TableStatus.PRESENT, r.tables.activeDisclosure.status);
    }
}
