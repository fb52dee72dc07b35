package io.nianbao.parser.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class HtmlReaderTest {

    private final DocumentReader reader = new DocumentReader();

    private List<String> lines(String html) {
        ReadDocument read = reader.read(html.getBytes(StandardCharsets.UTF_8), "page.html", "text/html");
        assertEquals("html", read.format());
        return read.text().lines().toList();
    }

    @Test
    void rowspanAndColspanAreResolvedIntoARectangularGrid() {
        List<String> lines = lines("""
                <table border=1>
                  <tr><td rowspan="2" colspan="2">申请人情况</td><td colspan="2">法人</td><td rowspan=2>总计</td></tr>
                  <tr><td>商业企业</td><td>其他</td></tr>
                  <tr><td rowspan="2">三、本年度办理结果</td><td>(一)予以公开</td><td>1</td><td>2</td><td>3</td></tr>
                  <tr><td>(二)部分公开</td><td>0</td><td>0</td><td>0</td></tr>
                </table>""");
        assertEquals(List.of(
                "申请人情况\t\t法人\t\t总计",
                "\t\t商业企业\t其他\t",
                "三、本年度办理结果\t(一)予以公开\t1\t2\t3",
                "\t(二)部分公开\t0\t0\t0"), lines);
    }

    @Test
    void aLabelSplitOverSpansOrParagraphsStaysOneCell() {
        List<String> lines = lines("<table><tr>"
                + "<td><p class=MsoNormal><span>规章</span></p><p><span>(市政府令)</span></p></td>"
                + "<td><p><span>本年新</span><br><span>制作数量</span></p></td>"
                + "<td><p align=center><span>&nbsp;&nbsp;12&nbsp;</span></p></td>"
                + "<td>Rule<br>Two</td></tr></table>");
        assertEquals(List.of("规章(市政府令)\t本年新制作数量\t12\tRule Two"), lines);
    }

    @Test
    void nestedLayoutTablesAreReadAsParagraphsAndOnlyLeafTablesBecomeGrids() {
        List<String> lines = lines("""
                <html><head><title>t</title><script>var x = "<table>";</script><style>td{}</style></head><body>
                <table width="1000"><tr><td colspan=2>网站首页</td></tr>
                <tr><td width=220><table><tr><td>政府信息公开指南</td></tr></table></td>
                <td><div>一、总体情况</div><p>全年收到申请<b>58</b>件。</p>
                    <table class="MsoNormalTable"><tr><td>信息内容</td><td>本年制发件数</td></tr>
                    <tr><td>规章</td><td>3</td></tr></table>
                    <p>二、主动公开</p></td></tr></table>
                </body></html>""");
        assertEquals(List.of("网站首页", "政府信息公开指南", "一、总体情况", "全年收到申请58件。",
                "信息内容\t本年制发件数", "规章\t3", "二、主动公开"), lines);
    }

    @Test
    void imagesBecomeLinesWithTheirSource() {
        List<String> lines = lines("<p>三、收到和处理政府信息公开申请情况</p><p><img src=\"/uploads/0005.jpg\"></p>"
                + "<p><img src=\"data:image/png;base64,iVBORw0KGgo=\"></p>");
        assertEquals(List.of("三、收到和处理政府信息公开申请情况", "/uploads/0005.jpg", "[image] data:image/png"), lines);
    }

    @Test
    void scriptsAndStylesAreDroppedButVisibleNoiseIsKept() {
        List<String> lines = lines("<body><ul class=nav><li>首页</li><li>政务公开</li></ul>"
                + "<script>document.write('广告')</script><noscript>请启用脚本</noscript><p>正文</p></body>");
        assertEquals(List.of("首页", "政务公开", "正文"), lines);
    }

    @Test
    void pathologicalNestingDoesNotBlowTheStack() {
        String deepDivs = "<div>".repeat(100_000) + "正文" + "</div>".repeat(100_000);
        String deepTables = "<table><tr><td>".repeat(5_000) + "格" + "</td></tr></table>".repeat(5_000);
        String hugeSpan = "<table><tr><td colspan=999999 rowspan=999999>x</td></tr>"
                + "<tr><td>1</td></tr>".repeat(2000) + "</table>";
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (String html : List.of(deepDivs, deepTables, hugeSpan)) {
                ReadDocument read = reader.read(html.getBytes(StandardCharsets.UTF_8), "x.html", null);
                assertFalse(read.text().isEmpty(), read.notes().toString());
            }
        });
    }

    @Test
    void malformedMarkupIsReadNotRejected() {
        List<String> lines = lines("<html><body><table><tr><td>一<td>二<tr><td colspan=abc>三<td rowspan=-1>四</table><p>尾");
        assertEquals(List.of("一\t二", "三\t四", "尾"), lines);
    }

    @Test
    void everyRowOfATableHasTheSameNumberOfCells() {
        List<String> lines = lines("<table><tr><td colspan=3>标题</td></tr><tr><td>a</td></tr><tr><td>1</td><td>2</td><td>3</td><td>4</td></tr></table>");
        assertEquals(3, lines.size());
        assertTrue(lines.stream().allMatch(l -> l.split("\t", -1).length == 4), lines.toString());
    }
}
