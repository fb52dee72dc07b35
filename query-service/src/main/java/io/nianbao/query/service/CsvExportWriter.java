package io.nianbao.query.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** CSV in UTF-8 with a byte-order mark, so that Excel shows the Chinese headers correctly. */
public class CsvExportWriter implements ExportWriter {
    private final Writer writer;
    private final CSVPrinter printer;

    public CsvExportWriter(OutputStream out) throws IOException {
        this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
    }

    @Override
    public void header(List<String> headers) throws IOException {
        printer.printRecord(headers);
    }

    @Override
    public void row(Object[] values) throws IOException {
        printer.printRecord(Arrays.stream(values).map(v -> v == null ? "" : v instanceof java.math.BigDecimal b
                ? b.stripTrailingZeros().toPlainString() : v.toString()).toList());
    }

    @Override
    public void close() throws IOException {
        printer.flush();
        writer.flush();
    }
}
