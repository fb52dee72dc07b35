package io.nianbao.query.service;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The risk list as a workbook: 风险排名 (one row per body, ranked) and 报告明细 (one row per report, in the same order). */
public final class RiskXlsxWriter {
    public static final String BODIES_SHEET = "风险排名";
    public static final String REPORTS_SHEET = "报告明细";
    public static final List<String> BODY_HEADERS = List.of("排名", "机关", "级别", "报告数", "年度", "未排除的错误", "未排除的警告",
            "已确认", "已排除（误报）", "待审核");

    private RiskXlsxWriter() {}

    public static void write(List<RiskList.BodyRisk> bodies, String filterNote, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet(BODIES_SHEET);
            int n = ProfileXlsxWriter.row(s, 0, BODY_HEADERS.toArray());
            for (var b : bodies) {
                n = ProfileXlsxWriter.row(s, n, b.rank(), b.organization(), BodyLevel.valueOf(b.level()).label(), b.reports(), b.years(),
                        b.errors(), b.warnings(), b.confirmed(), b.dismissed(), b.unreviewed());
            }
            ProfileXlsxWriter.row(s, n + 1, "筛选条件", filterNote);
            ProfileXlsxWriter.row(s, n + 2, "排序", "按未排除（待审核或已确认）的错误数、再按警告数从多到少；已排除的误报不计");
            s.setColumnWidth(1, 36 * 256);

            Sheet d = wb.createSheet(REPORTS_SHEET);
            int dn = ProfileXlsxWriter.row(d, 0, "机关排名", "机关", "年度", "模板", "状态", "报告编号", "未排除的错误", "未排除的警告",
                    "已确认", "已排除（误报）", "待审核", "问题代码");
            for (var b : bodies) {
                for (var r : b.reportRisks()) {
                    dn = ProfileXlsxWriter.row(d, dn, b.rank(), r.organization(), r.year(), r.template(), r.status(), r.reportId(),
                            r.errors(), r.warnings(), r.confirmed(), r.dismissed(), r.unreviewed(), r.codes());
                }
            }
            d.setColumnWidth(1, 36 * 256);
            wb.write(out);
        }
    }
}
