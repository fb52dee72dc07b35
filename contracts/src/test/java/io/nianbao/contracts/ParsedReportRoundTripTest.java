package io.nianbao.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NumericNode;

import io.nianbao.contracts.event.EventEnvelope;
import io.nianbao.contracts.event.ReportParsed;
import io.nianbao.contracts.event.ReportSource;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.contracts.model.TableStatus;
import io.nianbao.testsupport.Corpus;

class ParsedReportRoundTripTest {

    static Path corpus() {
        return Corpus.root();
    }

    static List<Path> expectedFiles() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.list(corpus().resolve("seeds")), Files.list(corpus().resolve("synthetic")))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".expected.json")).sorted().toList();
        }
    }

    /** numbers compare by value: 2 (int) equals 2 (long), 0.0 equals 0.0 */
    static final Comparator<JsonNode> NUMERIC = (a, b) -> {
        if (a instanceof NumericNode && b instanceof NumericNode) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    @Test
    void everyExpectedFileSurvivesARoundTrip() throws IOException {
        List<Path> files = expectedFiles();
        assertTrue(files.size() >= 5, "corpus not found");
        for (Path file : files) {
            JsonNode original = JsonCodec.mapper().readTree(Files.readString(file));
            ParsedReport report = JsonCodec.readReport(original.toString());
            JsonNode written = JsonCodec.mapper().readTree(JsonCodec.write(report));
            assertTrue(original.equals(NUMERIC, written), () -> file + "\n  read:  " + original + "\n  wrote: " + written);
        }
    }

    @Test
    void absentTablesWriteOnlyTheirStatus() {
        String json = JsonCodec.write(new ParsedReport());
        assertTrue(json.contains("\"activeDisclosure\":{\"status\":\"MISSING\"}"), json);
        assertTrue(json.contains("\"title\":null"), json);
        assertFalse(json.contains("inferredCells"), json);
    }

    @Test
    void eventEnvelopeRoundTrip() throws IOException {
        ParsedReport report = JsonCodec.readReport(Files.readString(expectedFiles().get(0)));
        ReportSource source = new ReportSource("a.txt", "text/plain", 10, "ab", null, null, null, null, null);
        EventEnvelope<ReportParsed> event = EventEnvelope.of("abc", "ReportParsed", new ReportParsed(source, report, 5));
        EventEnvelope<ReportParsed> back = JsonCodec.readParsed(JsonCodec.write(event));
        assertEquals(event.eventId(), back.eventId());
        assertEquals(event.occurredAt(), back.occurredAt());
        assertEquals(TableStatus.PRESENT, back.payload().report().tables.applications.status);
        assertEquals(report.tables.applications.newReceived, back.payload().report().tables.applications.newReceived);
    }
}
