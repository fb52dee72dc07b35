package io.nianbao.bench.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.nianbao.ocr.Tesseract;
import io.nianbao.ocr.TesseractTableReader;
import io.nianbao.testsupport.Corpus;

/**
 * The OCR part of the bench on the real tesseract (CI installs it): seed 000's three tables at 96 dpi are read,
 * timed and compared with the expected JSON; without tesseract the bench says so and measures nothing.
 */
class OcrBenchTest {

    @Test
    void timesEachTablePictureAndCountsTheCellsReadRight() {
        TesseractTableReader reader = TesseractTableReader.onPath(1);
        if (!reader.available()) {
            fail("tesseract with Simplified Chinese is not installed: apt-get install tesseract-ocr tesseract-ocr-chi-sim "
                    + "fonts-noto-cjk (see .ci/run)");
        }
        OcrFigures figures = new OcrBench(reader, Corpus.seeds()).run(List.of("000"), List.of(96));

        assertEquals(OcrFigures.MEASURED, figures.state());
        OcrFigures.Variant v = figures.variants().get(0);
        assertEquals(96, v.dpi());
        assertEquals(3, v.pictures(), "one read per table picture");
        assertEquals(3, v.tablesRead(), "each picture read as a table");
        assertTrue(v.wallMillis() > 0 && v.maxWallMillis() <= v.wallMillis(), v.toString());
        assertTrue(v.cpuMillis() > 0, "tesseract's CPU time is counted: " + v);
        assertTrue(v.javaCpuMillis() > 0, "the reading thread's own CPU time is counted: " + v);
        assertTrue(v.cells() >= 190, "every figure of the three tables compared: " + v.cells());
        assertTrue(v.accuracy() >= 0.99, "clean pictures: at least 99 % of the cells (as SeedTablesOcrTest): " + v.wrong());

        Map<String, Object> json = figures.toJson();
        @SuppressWarnings("unchecked")
        Map<String, Object> variant = ((List<Map<String, Object>>) json.get("variants")).get(0);
        assertEquals(v.right(), variant.get("cellsRight"));
        assertTrue((Double) variant.get("wallSecondsPerPicture") > 0, variant.toString());
        assertTrue((Double) variant.get("tesseractCpuSecondsPerPicture") > 0, variant.toString());
        String table = figures.render();
        assertTrue(table.contains(" 96 dpi, seeds 000: 3 pictures (3 read as tables)"), table);
    }

    @Test
    void withoutTesseractTheBenchSaysSoAndGoesOn() {
        TesseractTableReader missing = new TesseractTableReader(new Tesseract("nianbao-no-such-tesseract", Duration.ofSeconds(5), 1));
        OcrFigures figures = new OcrBench(missing, Corpus.seeds()).run(List.of("000"), List.of(96, 150));

        assertEquals(OcrFigures.NOT_INSTALLED, figures.state());
        assertTrue(figures.variants().isEmpty());
        assertEquals("OCR: tesseract not installed\n", figures.render());
        assertEquals(OcrFigures.NOT_INSTALLED, figures.toJson().get("state"));
    }
}
