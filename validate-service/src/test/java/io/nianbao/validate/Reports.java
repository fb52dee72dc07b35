package io.nianbao.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.event.EventEnvelope;
import io.nianbao.contracts.event.EventTypes;
import io.nianbao.contracts.event.ReportParsed;
import io.nianbao.contracts.event.ReportSource;
import io.nianbao.contracts.model.ActiveDisclosure;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.testsupport.Corpus;

/** Reports and ReportParsed events for the tests, built from the seeds' expected JSON. */
final class Reports {
    private Reports() {}

    static ParsedReport seed(String prefix) {
        Path document = Corpus.documents(Corpus.seeds()).stream()
                .filter(p -> p.getFileName().toString().startsWith(prefix + "_")).findFirst().orElseThrow();
        try {
            return JsonCodec.readReport(Files.readString(Corpus.expectedOf(document), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParsedReport copy(ParsedReport r) {
        return JsonCodec.readReport(JsonCodec.write(r));
    }

    static ParsedReport renamed(ParsedReport r, String organization) {
        ParsedReport c = copy(r);
        c.organization = organization;
        return c;
    }

    /**
     * The year before {@code next} for the same body, consistent with it (project counts roll over), except
     * that its 结转下年度 is 12 where {@code next} says 上年结转 10 — the mismatch X_CARRYOVER_MISMATCH must find.
     */
    static ParsedReport previousYearWithCarryMismatch(ParsedReport next, String organization) {
        ParsedReport y = copy(next);
        y.organization = organization;
        y.year = next.year - 1;
        y.tables.applications.newReceived = List.of(1349L, 71L, 7L, 2L, 15L, 2L, 1446L);
        y.tables.applications.carriedOver = List.of(5L, 0L, 0L, 0L, 0L, 0L, 5L);
        y.tables.applications.granted = List.of(622L, 20L, 1L, 1L, 7L, 1L, 652L);
        y.tables.applications.total = List.of(1342L, 71L, 7L, 2L, 15L, 2L, 1439L);
        y.tables.applications.carriedForward = List.of(12L, 0L, 0L, 0L, 0L, 0L, 12L);
        ActiveDisclosure ad = y.tables.activeDisclosure;
        for (String row : List.of("licensing", "otherServices", "penalties", "enforcement", "fees")) {
            long now = next.tables.activeDisclosure.figure(row, "previousCount").longValue();
            ad.set(row, "previousCount", now - 7);
            ad.set(row, "change", 7L);
        }
        y.narrative.clear();
        return y;
    }

    static String newReportId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    static EventEnvelope<ReportParsed> parsedEvent(String reportId, ParsedReport report) {
        ReportSource source = new ReportSource(reportId + ".txt", "text/plain", 1000, null, null, null, null, Instant.now(), null);
        return new EventEnvelope<>(UUID.randomUUID().toString(), reportId, EventEnvelope.SCHEMA_VERSION, Instant.now(),
                EventTypes.REPORT_PARSED, new ReportParsed(source, report, 1234));
    }
}
