package io.nianbao.ocr.render;

import java.util.Base64;

import io.nianbao.contracts.model.ParsedReport;

/** An HTML report page whose three tables are pictures inlined as {@code data:} URIs, the rest text. */
public final class ReportPages {
    private ReportPages() {}

    public record Pictures(byte[] active, byte[] applications, byte[] review) {}

    public static Pictures pictures(ParsedReport expected, int dpi, boolean noisy, double rotation) {
        return new Pictures(
                TableImages.png(TemplateTables.activeDisclosure(expected.tables.activeDisclosure), dpi, noisy, rotation, 2),
                TableImages.png(TemplateTables.applications(expected.tables.applications), dpi, noisy, -rotation, 3),
                TableImages.png(TemplateTables.reviewLitigation(expected.tables.reviewLitigation), dpi, noisy, rotation, 4));
    }

    public static String html(ParsedReport expected, Pictures p) {
        return html(expected, img(p.active()), img(p.applications()), img(p.review()));
    }

    public static String html(ParsedReport expected, String activeImg, String applicationsImg, String reviewImg) {
        String title = expected.organization + expected.year + "年政府信息公开工作年度报告";
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>"
                + "<h1>" + title + "</h1>"
                + "<p>本报告由" + expected.organization + "编制。本报告中所列数据的统计期限自" + expected.year
                + "年1月1日起至" + expected.year + "年12月31日止。</p>"
                + "<h2>一、总体情况</h2><p>全年认真贯彻落实政府信息公开条例。</p>"
                + "<h2>二、主动公开政府信息情况</h2>" + activeImg
                + "<h2>三、收到和处理政府信息公开申请情况</h2>" + applicationsImg
                + "<h2>四、政府信息公开行政复议、行政诉讼情况</h2>" + reviewImg
                + "<h2>五、存在的主要问题及改进情况</h2><p>公开的深度还需加强。</p>"
                + "<h2>六、其他需要报告的事项</h2><p>无。</p></body></html>";
    }

    public static String img(byte[] png) {
        return "<p><img src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png) + "\"></p>";
    }
}
