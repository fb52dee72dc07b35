package io.nianbao.parse.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.nianbao.contracts.ReportIds;
import io.nianbao.contracts.event.RawReportReceived;
import io.nianbao.contracts.event.ReportParsed;
import io.nianbao.contracts.event.ReportSource;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.contracts.model.TableStatus;
import io.nianbao.parse.config.ParseConfig;
import io.nianbao.parser.ReportParser;
import io.nianbao.parser.ReportWithText;
import io.nianbao.testsupport.Corpus;

class ReportParsingTest {

    @Test
    void aParseOverTheTimeLimitGivesAReportWithMissingTablesAndANote() throws Exception {
        byte[] seed = Files.readAllBytes(Corpus.documents(Corpus.seeds()).get(0));
        ReportSource source = new ReportSource("seed.txt", "text/plain", seed.length, ReportIds.sha256(seed), null,
                "提示机构", 2020, Instant.now(), null);
        // a parser that never finishes by itself: the time limit, not the machine's speed, ends the parse
        ReportParser neverEnding = new ReportParser() {
            // the variant with attachments: the one parse-service calls (pictures that came with a page)
            @Override
            public ReportWithText parseWithText(byte[] content, String fileName, String contentType,
                    java.util.Map<String, byte[]> attachments) {
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                }
                return super.parseWithText(content, fileName, contentType, attachments);
            }
        };
        ReportParsing parsing = new ReportParsing(config(Duration.ofMillis(200)), neverEnding, null);
        try {
            ReportParsed parsed = parsing.parse(ReportIds.of(seed), RawReportReceived.of(source, seed));
            ParsedReport report = parsed.report();
            assertEquals(TableStatus.MISSING, report.tables.activeDisclosure.status);
            assertEquals(TableStatus.MISSING, report.tables.applications.status);
            assertEquals(TableStatus.MISSING, report.tables.reviewLitigation.status);
            assertTrue(report.notes.stream().anyMatch(n -> n.startsWith("解析超时")), String.valueOf(report.notes));
            // with nothing read from the document, the hints fill the gaps
            assertEquals("提示机构", report.organization);
            assertEquals(2020, report.year);
        } finally {
            parsing.close();
        }
    }

    @Test
    void hintsNeverOverrideWhatTheDocumentSays() {
        ParsedReport report = new ParsedReport();
        report.organization = "烟台市人民政府";
        report.year = 2020;
        ReportParsing.applyHints(report, new ReportSource(null, null, 0, null, null, "别的机构", 2019, Instant.now(), null));
        assertEquals("烟台市人民政府", report.organization);
        assertEquals(2020, report.year);
        assertTrue(report.notes.isEmpty());
    }

    private static ParseConfig config(Duration timeout) {
        return new ParseConfig() {
            @Override
            public Duration timeout() {
                return timeout;
            }

            @Override
            public int maxThreads() {
                return 2;
            }
        };
    }
}
