package io.nianbao.bench.ocr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.ocr.TesseractTableReader;
import io.nianbao.ocr.render.ReportPages;
import io.nianbao.parser.ReportParser;
import io.nianbao.testsupport.Corpus;
import io.nianbao.ocr.measure.ChildCpu;
import io.nianbao.ocr.measure.CellTally;

/**
 * OCR time and accuracy: the seeds' three tables drawn as pictures (report-ocr's renderer, at each resolution),
 * put in an HTML page and parsed with the tesseract reader; each picture's read is timed, and the tables that come
 * out are compared with the seed's expected JSON figure by figure. Pictures are clean (no speckles, no rotation),
 * as the e2e and report-ocr tests' main case. Single-threaded, like the rest of the bench.
 */
public final class OcrBench {
    private static final int WRONG_LISTED = 10;

    private final TesseractTableReader reader;
    private final Path seedsFolder;

    public OcrBench(TesseractTableReader reader, Path seedsFolder) {
        this.reader = reader;
        this.seedsFolder = seedsFolder;
    }

    public OcrFigures run(List<String> seeds, List<Integer> dpis) {
        if (seeds.isEmpty() || dpis.isEmpty()) {
            return OcrFigures.notMeasured("skipped (no seeds or resolutions given)");
        }
        if (!reader.available()) {
            return OcrFigures.notMeasured(OcrFigures.NOT_INSTALLED);
        }
        System.setProperty("java.awt.headless", "true"); // the pictures are drawn with Java2D; no display needed
        boolean cpuMeasurable = ChildCpu.measurable();
        warmUp(seeds.get(0), dpis.get(0));
        TimedImageReader timed = new TimedImageReader(reader);
        ReportParser parser = new ReportParser(timed);
        List<OcrFigures.Variant> variants = new ArrayList<>();
        for (int dpi : dpis) {
            int pictures = 0;
            int tables = 0;
            long wall = 0;
            long maxWall = 0;
            long cpu = 0;
            long javaCpu = 0;
            int cells = 0;
            int right = 0;
            List<String> wrong = new ArrayList<>();
            for (String seed : seeds) {
                ParsedReport expected = expected(seed);
                String html = ReportPages.html(expected, ReportPages.pictures(expected, dpi, false, 0));
                ParsedReport actual = parser.parse(html.getBytes(StandardCharsets.UTF_8), "report.html", "text/html");
                for (TimedImageReader.Call call : timed.drain()) {
                    pictures++;
                    tables += call.table() ? 1 : 0;
                    wall += call.wallMillis();
                    maxWall = Math.max(maxWall, call.wallMillis());
                    cpu += call.cpuMillis();
                    javaCpu += call.javaCpuMillis();
                }
                CellTally c = CellTally.compare(expected, actual);
                cells += c.cells();
                right += c.equal();
                c.wrong().stream().limit(Math.max(0, WRONG_LISTED - wrong.size())).forEach(w -> wrong.add(seed + " " + w));
            }
            variants.add(new OcrFigures.Variant(dpi, List.copyOf(seeds), pictures, tables, wall, maxWall,
                    cpuMeasurable ? cpu : -1, javaCpu, cells, right, List.copyOf(wrong)));
        }
        return new OcrFigures(OcrFigures.MEASURED, variants);
    }

    /**
     * One untimed read of a picture first: otherwise the first resolution measured pays for the cold Java code of
     * the picture work and for tesseract's language data coming from disk.
     */
    private void warmUp(String seed, int dpi) {
        reader.read(ReportPages.pictures(expected(seed), dpi, false, 0).review(), "warm-up");
    }

    /** the expected JSON of the seed whose file name starts with {@code prefix} ("000") */
    private ParsedReport expected(String prefix) {
        try (Stream<Path> files = Files.list(seedsFolder)) {
            Path document = files.filter(p -> p.getFileName().toString().startsWith(prefix + "_")
                            && !p.getFileName().toString().endsWith(".expected.json"))
                    .sorted().findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no seed " + prefix + " in " + seedsFolder));
            return JsonCodec.readReport(Files.readString(Corpus.expectedOf(document)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
