package io.nianbao.query.service;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** XLSX through POI's streaming workbook: only a window of 200 rows is kept in memory, the rest goes to a temp file. */
public class XlsxExportWriter implements ExportWriter {
    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final Sheet sheet;
    private int next;

    public XlsxExportWriter(OutputStream out) {
        this.out = out;
        workbook.setCompressTempFiles(true);
        this.sheet = workbook.createSheet("年报数据");
    }

    @Override
    public void header(List<String> headers) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < headers.size(); i++) {
            row.createCell(i).setCellValue(headers.get(i));
        }
    }

    @Override
    public void row(Object[] values) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v instanceof BigDecimal b) {
                row.createCell(i).setCellValue(b.doubleValue());
            } else if (v instanceof Number n) {
                row.createCell(i).setCellValue(n.doubleValue());
            } else if (v != null) {
                row.createCell(i).setCellValue(v.toString());
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.write(out);
            out.flush();
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }
}
