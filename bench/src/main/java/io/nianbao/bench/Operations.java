package io.nianbao.bench;

import java.util.regex.Pattern;

import org.jsoup.Jsoup;

import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.parser.ReportParser;

/** The measured operations. Each returns a number derived from its result so that the work cannot be elided. */
public final class Operations {
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|[\\r\\n]");

    private final ReportParser parser = new ReportParser();

    /** The full parser, as the parse service calls it. */
    public long parse(BenchDocument document) {
        return summary(parser.parse(document.bytes(), document.name(), null));
    }

    /** Baseline: jsoup parsing the decoded bytes into a DOM, nothing else. */
    public static long bareJsoup(BenchDocument document) {
        return Jsoup.parse(new String(document.bytes(), document.charset())).childNodeSize();
    }

    /** Baseline: decoding the bytes and splitting them into lines, nothing else. */
    public static long bareText(BenchDocument document) {
        return LINE_BREAK.split(new String(document.bytes(), document.charset()), -1).length;
    }

    static long summary(ParsedReport report) {
        long value = report.notes.size() + 31L * report.narrative.size();
        if (report.tables != null) {
            value = value * 31 + (report.tables.applications.status == null ? 0 : report.tables.applications.status.ordinal());
        }
        return value * 31 + (report.year == null ? 0 : report.year);
    }
}
