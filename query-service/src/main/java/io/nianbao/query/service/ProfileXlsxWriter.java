package io.nianbao.query.service;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The profile of a body as a workbook: 概况 (body, latest report, headline metrics with peer position and trend),
 * 表格 (the latest report's tables, one row per table row, as in the export) and 问题 (issues with their review).
 */
public final class ProfileXlsxWriter {
    public static final String SUMMARY_SHEET = "概况";
    public static final String TABLES_SHEET = "表格";
    public static final String ISSUES_SHEET = "问题";

    private ProfileXlsxWriter() {}

    public static void write(OrganizationProfile.Profile p, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var r = p.report();
            Sheet s = wb.createSheet(SUMMARY_SHEET);
            int n = 0;
            n = row(s, n, "机关", p.organization());
            n = row(s, n, "级别", p.level().label());
            n = row(s, n, "最新报告年度", r.year);
            n = row(s, n, "报告编号", r.reportId);
            n = row(s, n, "模板", r.template);
            n = row(s, n, "错误", r.errorCount);
            n = row(s, n, "警告", r.warningCount);
            n = row(s, n, "提示", r.infoCount);
            n++;
            List<Object> header = new ArrayList<>(List.of("指标", "指标名", "单位", "本年", "排名", "同级机关数", "百分位", "同级P25",
                    "同级中位数", "同级P75"));
            int firstTrendYear = (r.year == null ? 0 : r.year) - Benchmarks.TREND_YEARS + 1;
            for (int y = firstTrendYear; y < firstTrendYear + Benchmarks.TREND_YEARS; y++) {
                header.add(String.valueOf(y));
            }
            n = row(s, n, header.toArray());
            for (var line : p.metrics()) {
                var b = line.benchmark();
                var q = b.quartiles();
                List<Object> values = new ArrayList<>(List.of(line.metric().name(), line.metric().label(), line.metric().unit()));
                values.add(b.value());
                values.add(b.rank());
                values.add(b.peers());
                values.add(b.percentile());
                values.add(q == null ? null : q.p25());
                values.add(q == null ? null : q.p50());
                values.add(q == null ? null : q.p75());
                for (int y = firstTrendYear; y < firstTrendYear + Benchmarks.TREND_YEARS; y++) {
                    final int year = y;
                    values.add(b.trend().stream().filter(t -> t.year() == year).map(Benchmarks.TrendPoint::value).findFirst().orElse(null));
                }
                n = row(s, n, values.toArray());
            }

            Sheet t = wb.createSheet(TABLES_SHEET);
            int tn = 0;
            for (var block : p.tables()) {
                // each table with its own header row (the columns differ), a blank row between tables
                tn = row(t, tn, block.headers().toArray());
                for (Object[] values : block.rows()) {
                    tn = row(t, tn, values);
                }
                tn++;
            }

            Sheet i = wb.createSheet(ISSUES_SHEET);
            int in = row(i, 0, "级别", "规则", "位置", "应为", "实为", "说明", "审核", "审核说明");
            for (var issue : p.issues()) {
                in = row(i, in, issue.severity(), issue.code(), issue.path(), issue.expected(), issue.actual(), issue.message(),
                        issue.review(), issue.reviewComment());
            }
            s.setColumnWidth(1, 40 * 256);
            wb.write(out);
        }
    }

    /** writes one row of cells (numbers as numbers, the rest as text, null blank) and returns the next row number */
    static int row(Sheet sheet, int number, Object... values) {
        Row row = sheet.createRow(number);
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v instanceof BigDecimal b) {
                row.createCell(c).setCellValue(b.doubleValue());
            } else if (v instanceof Number num) {
                row.createCell(c).setCellValue(num.doubleValue());
            } else if (v != null) {
                row.createCell(c).setCellValue(v.toString());
            }
        }
        return number + 1;
    }
}
