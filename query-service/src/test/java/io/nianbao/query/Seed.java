package io.nianbao.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.ReportIds;
import io.nianbao.contracts.event.EventEnvelope;
import io.nianbao.contracts.event.EventTypes;
import io.nianbao.contracts.event.RawReportReceived;
import io.nianbao.contracts.event.ReportParsed;
import io.nianbao.contracts.event.ReportSource;
import io.nianbao.contracts.event.ReportValidated;
import io.nianbao.contracts.issue.Issue;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.testsupport.Corpus;

/** A seed document with its expected ParsedReport and the three events the pipeline would publish for it. */
record Seed(Path document, String reportId, ReportSource source, ParsedReport report, List<Issue> issues, byte[] bytes) {

    static List<Seed> all() {
        return Corpus.documents(Corpus.seeds()).stream().map(Seed::of).toList();
    }

    static Seed of(Path document) {
        try {
            byte[] bytes = Files.readAllBytes(document);
            ParsedReport report = JsonCodec.readReport(Files.readString(Corpus.expectedOf(document)));
            ReportSource source = new ReportSource(document.getFileName().toString(), "text/plain; charset=UTF-8",
                    bytes.length, ReportIds.sha256(bytes), "https://example.gov.cn/" + document.getFileName(), null, null,
                    Instant.parse("2026-01-15T08:00:00Z"), "test-batch");
            return new Seed(document, ReportIds.of(bytes), source, report, new io.nianbao.rules.ReportValidator().validate(report), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String raw() {
        return JsonCodec.write(EventEnvelope.of(reportId, EventTypes.RAW_REPORT_RECEIVED, RawReportReceived.of(source, bytes)));
    }

    String parsed() {
        return JsonCodec.write(EventEnvelope.of(reportId, EventTypes.REPORT_PARSED, new ReportParsed(source, report, 1500)));
    }

    String validated(long revision, List<Issue> issueList) {
        return JsonCodec.write(EventEnvelope.of(reportId, EventTypes.REPORT_VALIDATED, new ReportValidated(report.organization,
                report.organization, report.year, report.template, revision, revision == 1 ? "parsed" : "cross-year", issueList)));
    }

    String validated() {
        return validated(1, issues);
    }

    long count(String severity) {
        return issues.stream().filter(i -> i.severity().name().equals(severity)).count();
    }

    String name() {
        return document.getFileName().toString();
    }
}
