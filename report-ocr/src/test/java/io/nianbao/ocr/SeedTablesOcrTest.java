package io.nianbao.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.model.ActiveDisclosure;
import io.nianbao.contracts.model.CellEvidence;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.contracts.model.TableStatus;
import io.nianbao.ocr.render.ReportPages;
import io.nianbao.parser.ReportParser;
import io.nianbao.testsupport.Corpus;
import io.nianbao.ocr.measure.CellTally;
import io.nianbao.ocr.measure.ChildCpu;

/**
 * The seeds' tables drawn like the official template (fonts-noto-cjk) at 96 and 150 dpi, clean and with speckles
 * and a slight rotation (either way, up to 0.9°), inlined as {@code data:} pictures in an HTML page and read
 * through the parser with the tesseract reader, and compared with the seed's expected JSON: every cell at 150 dpi,
 * every cell of Tables 3 and 4 and 99 % of all cells at 96 dpi and on speckled, turned pictures. Each seed is
 * read clean at both resolutions and speckled at one.
 */
class SeedTablesOcrTest {
    private static final Map<String, long[]> TALLY = new TreeMap<>(); // variant → cells, equal, images, wall ms, tesseract CPU ms

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("000", 150, false, 0.0), Arguments.of("002", 150, false, 0.0), Arguments.of("003", 150, false, 0.0),
                Arguments.of("000", 96, false, 0.0), Arguments.of("002", 96, false, 0.0), Arguments.of("003", 96, false, 0.0),
                // Table 3 is turned the other way (ReportPages): both directions in each variant
                Arguments.of("000", 150, true, 0.7), Arguments.of("003", 96, true, 0.7), Arguments.of("002", 96, true, -0.9));
    }

    @ParameterizedTest(name = "seed {0} at {1} dpi, speckled: {2}, turned {3}°")
    @MethodSource("pages")
    void tablesReadFromPicturesEqualTheExpectedJson(String seed, int dpi, boolean noisy, double rotation) throws Exception {
        ParsedReport expected = JsonCodec.readReport(Files.readString(Corpus.expectedOf(Corpus.seed(seed))));
        String html = ReportPages.html(expected, ReportPages.pictures(expected, dpi, noisy, rotation));
        ReportParser parser = new ReportParser(OcrTestSupport.reader());

        long start = System.nanoTime();
        long cpuBefore = ChildCpu.millis();
        ParsedReport actual = parser.parse(html.getBytes(StandardCharsets.UTF_8), "report.html", "text/html");
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpu = ChildCpu.millis() - cpuBefore;

        CellTally c = CellTally.compare(expected, actual);
        String variant = dpi + " dpi" + (noisy ? " speckled, turned " + rotation + "°" : " clean");
        long[] t = TALLY.computeIfAbsent(variant, k -> new long[5]);
        t[0] += c.cells();
        t[1] += c.equal();
        t[2] += 3;
        t[3] += millis;
        t[4] += cpu;
        System.out.printf("OCR seed %s %s: %d/%d cells (%.2f %%), per table picture %.1f s elapsed, %.1f s tesseract CPU%s%n",
                seed, variant, c.equal(), c.cells(), 100 * c.accuracy(), millis / 3000.0, cpu / 3000.0,
                c.wrong().isEmpty() ? "" : " wrong: " + c.wrong());

        for (var table : new Object[] {actual.tables.activeDisclosure, actual.tables.applications, actual.tables.reviewLitigation}) {
            assertNotNull(table);
        }
        assertEquals(TableStatus.PRESENT, actual.tables.applications.status);
        assertEquals(ActiveDisclosure.SOURCE_OCR, actual.tables.activeDisclosure.source);
        assertEquals(ActiveDisclosure.SOURCE_OCR, actual.tables.applications.source);
        assertEquals(ActiveDisclosure.SOURCE_OCR, actual.tables.reviewLitigation.source);
        CellEvidence evidence = actual.cells.get("applications.newReceived[6]");
        assertNotNull(evidence, "evidence of a cell read from the picture");
        assertNotNull(evidence.confidence(), "an OCR'd cell carries its confidence");
        assertEquals(expected.template, actual.template);
        // Tables 3 and 4 have the arithmetic that catches a misread digit: every cell right; Table 2 has none
        assertEquals(List.of(), c.wrong().stream().filter(w -> !w.startsWith("activeDisclosure.")).toList(),
                "every cell of Tables 3 and 4");
        if (dpi >= 150 && !noisy) {
            assertEquals(List.of(), c.wrong(), "every cell at " + dpi + " dpi");
        } else {
            assertTrue(c.accuracy() >= 0.99, "at least 99 % of the cells: " + c.wrong());
        }
    }

    @AfterAll
    static void printAccuracy() {
        TALLY.forEach((variant, t) -> System.out.printf(
                "OCR accuracy at %s: %d/%d cells = %.2f %%; per table picture %.1f s elapsed, %.1f s tesseract CPU%n",
                variant, t[1], t[0], 100.0 * t[1] / t[0], t[3] / 1000.0 / t[2], t[4] / 1000.0 / t[2]));
    }
}
