package io.nianbao.query.service;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes export rows to a stream, one at a time, so that memory does not grow with the number of reports. */
public interface ExportWriter extends AutoCloseable {
    void header(List<String> headers) throws IOException;

    void row(Object[] values) throws IOException;

    /** flushes what is buffered and finishes the document (the stream itself is the caller's) */
    @Override
    void close() throws IOException;

    static ExportWriter of(String format, OutputStream out) throws IOException {
        return "xlsx".equals(format) ? new XlsxExportWriter(out) : new CsvExportWriter(out);
    }
}
