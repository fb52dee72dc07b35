package io.nianbao.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.nianbao.bench.Harness.GroupResult;
import io.nianbao.bench.ocr.OcrBench;
import io.nianbao.bench.ocr.OcrFigures;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.ocr.TesseractTableReader;
import io.nianbao.parser.ReportParser;
import io.nianbao.parser.narrative.NarrativeExtractor;
import io.nianbao.parser.read.DocumentReader;
import io.nianbao.parser.text.Simplifier;
import io.nianbao.rules.ReportValidator;

/**
 * Single-thread benchmark of the report parser and the rule checks, and last the OCR time per table picture
 * ({@link OcrBench}). Every figure is per core: one thread does the work. Prints a table and writes the JSON results
 * (default bench/results/latest.json).
 */
public final class BenchMain {
    static final String PARSER = "parser";
    static final String JSOUP = "bare-jsoup";
    static final String TEXT = "bare-text";
    private static final List<String[]> BASELINE_RATIOS = List.of(new String[] {PARSER, JSOUP},
            new String[] {PARSER, TEXT});
    /** The size of the page the throughput goal is stated for. */
    static final int GOAL_PAGE_BYTES = 60 * 1024;
    /** Goal: the parser reaches at least this fraction of bare jsoup's speed on that page. */
    static final double GOAL_RATIO = 0.5;

    private final BenchConfig config;
    private final Harness harness;
    private final Operations operations = new Operations();
    private final DocumentLoader loader = new DocumentLoader();
    private final Map<String, Object> run = new LinkedHashMap<>();
    /** Keeps the warm-up's results alive so that the JIT compiles the real work, not a dead-code version. */
    private static volatile long warmUpSink;

    BenchMain(BenchConfig config) {
        this.config = config;
        this.harness = new Harness(config);
    }

    public static void main(String[] args) throws IOException {
        // POI logs through Log4j 2 and complains on stderr that no provider is on the class path
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        // the OCR part draws table pictures with Java2D: no display needed (set before anything touches AWT)
        System.setProperty("java.awt.headless", "true");
        BenchConfig config;
        try {
            config = BenchConfig.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Results results = new BenchMain(config).run();
        System.out.println(results.table());
        results.write(config.output());
        System.out.println("JSON results: " + config.output().toAbsolutePath());
    }

    Results run() {
        Instant started = Instant.now();
        String loadBefore = Environment.loadAverage();
        List<BenchDocument> seeds = loader.load(config.corpus().resolve("seeds"), config.limit());
        List<BenchDocument> synthetic = loader.load(config.corpus().resolve("synthetic"), config.limit());
        if (seeds.isEmpty() || synthetic.isEmpty()) {
            throw new IllegalStateException("no documents under " + config.corpus());
        }
        List<BenchDocument> syntheticText = synthetic.stream().filter(BenchDocument::textual).toList();
        BenchDocument page = sixtyKbPage(synthetic);
        List<BenchDocument> everything = new ArrayList<>(seeds);
        everything.addAll(synthetic);
        if (page != null) {
            everything.add(page);
        }
        progress("global warm-up");
        warmUp(everything);
        List<GroupResult> groups = new ArrayList<>();

        progress("seeds");
        groups.add(baselineGroup("seeds", "real reports (seeds/*.txt)", seeds));
        progress("synthetic, all formats");
        groups.add(harness.measure("synthetic-all", "synthetic corpus, every format (incl. DOCX)",
                List.of(Workload.onDocuments(PARSER, synthetic, operations::parse)), List.of()));
        List<BenchDocument> syntheticBinary = synthetic.stream().filter(d -> !d.textual()).toList();
        if (!syntheticBinary.isEmpty()) {
            progress("synthetic, binary formats");
            groups.add(harness.measure("synthetic-bin", "synthetic corpus, DOCX/PDF only (no text baseline)",
                    List.of(Workload.onDocuments(PARSER, syntheticBinary, operations::parse)), List.of()));
        }
        if (!syntheticText.isEmpty()) {
            progress("synthetic, text formats");
            groups.add(baselineGroup("synthetic-text", "synthetic corpus, text/HTML/Markdown (baselines apply)",
                    syntheticText));
        }
        if (page != null) {
            progress("60 KB HTML page");
            groups.add(baselineGroup("html-60kb", "one " + page.bytes().length / 1024 + " KB portal page built from "
                    + page.name(), List.of(page)));
        }
        progress("phases");
        List<PhaseProfile> phases = new ArrayList<>();
        GroupResult corpusPhases = phaseGroup("phases", "parser phases on the synthetic corpus (all formats)",
                synthetic);
        groups.add(corpusPhases);
        phases.add(PhaseProfile.of("synthetic corpus, all formats", corpusPhases));
        if (page != null) {
            GroupResult pagePhases = phaseGroup("phases-60kb", "parser phases on the 60 KB portal page", List.of(page));
            groups.add(pagePhases);
            phases.add(PhaseProfile.of("60 KB portal page", pagePhases));
        }
        groups.add(readByFormat(synthetic));
        progress("rules");
        groups.add(rulesGroup(seeds, synthetic));
        progress("growth with size");
        List<GroupResult> sizeGroups = new ArrayList<>();
        Growth growth = growth(seeds, sizeGroups);
        groups.addAll(sizeGroups);
        OcrFigures ocr = ocr();

        run.put("startedAt", started.toString());
        run.put("durationSeconds", Duration.between(started, Instant.now()).toSeconds());
        run.put("loadAverageBefore", loadBefore);
        run.put("loadAverageAfter", Environment.loadAverage());
        run.put("warmupIterations", config.warmupIterations());
        run.put("iterations", config.iterations());
        run.put("sliceMillis", config.sliceMillis());
        run.put("globalWarmupMillis", config.globalWarmupMillis());
        run.put("corpus", config.corpus().toAbsolutePath().toString());
        return new Results(Environment.describe(), run, groups, phases, growth,
                page == null ? null : page.name(), ocr);
    }

    /** Last, because its tesseract processes load the machine: seconds per table picture and cells right. */
    private OcrFigures ocr() {
        if (config.ocrSeeds().isEmpty()) {
            return OcrFigures.notMeasured("skipped (--ocr-seeds none)");
        }
        progress("OCR of table pictures, seeds " + String.join(",", config.ocrSeeds()) + " at " + config.ocrDpis() + " dpi");
        OcrFigures figures = new OcrBench(TesseractTableReader.onPath(1), config.corpus().resolve("seeds"))
                .run(config.ocrSeeds(), config.ocrDpis());
        if (figures.variants().isEmpty()) {
            System.err.print("[bench] " + figures.render());
        }
        return figures;
    }

    /**
     * Runs every operation on every document for the configured time before any measurement. Without it the
     * first groups measured colder code (POI, the parser's paths not yet compiled) than the later ones: in a trial
     * run the same synthetic corpus parsed 6× slower in the first group than in the phase group.
     */
    private void warmUp(List<BenchDocument> documents) {
        ReportValidator validator = new ReportValidator();
        DocumentReader reader = new DocumentReader();
        long end = System.nanoTime() + config.globalWarmupMillis() * 1_000_000L;
        long folded = 0;
        while (System.nanoTime() < end) {
            for (BenchDocument d : documents) {
                folded += validator.validate(new ReportParser().parse(d.bytes(), d.name(), null)).size();
                folded += String.valueOf(reader.read(d.bytes(), d.name(), null).text()).length();
                if (d.textual()) {
                    folded += Operations.bareJsoup(d) + Operations.bareText(d);
                }
            }
        }
        warmUpSink = folded;
    }

    private GroupResult baselineGroup(String name, String description, List<BenchDocument> documents) {
        return harness.measure(name, description, List.of(
                Workload.onDocuments(PARSER, documents, operations::parse),
                Workload.onDocuments(JSOUP, documents, Operations::bareJsoup),
                Workload.onDocuments(TEXT, documents, Operations::bareText)), BASELINE_RATIOS);
    }

    /** A synthetic HTML report padded with portal noise to 60 KB; null if the corpus selection has no HTML. */
    private BenchDocument sixtyKbPage(List<BenchDocument> synthetic) {
        return synthetic.stream()
                .filter(d -> "html".equals(d.format()) && d.textual() && d.bytes().length <= GOAL_PAGE_BYTES)
                .max(Comparator.comparingInt(d -> d.bytes().length))
                .map(d -> loader.describe("portal-60kb-" + d.name(), NoisyHtmlPage.build(d, GOAL_PAGE_BYTES)))
                .orElse(null);
    }

    /**
     * The parser's phases, measured separately on the same documents: reading (format detection, decoding,
     * HTML/DOCX to text), conversion to Simplified characters, prose figures; tables + metadata are what the
     * text part of the parse costs beyond those two.
     */
    private GroupResult phaseGroup(String name, String description, List<BenchDocument> documents) {
        DocumentReader reader = new DocumentReader();
        ReportParser parser = new ReportParser();
        NarrativeExtractor narrative = new NarrativeExtractor();
        List<String> texts = documents.stream().map(d -> {
            String text = reader.read(d.bytes(), d.name(), null).text();
            return text == null ? "" : text;
        }).toList();
        long bytes = documents.stream().mapToLong(d -> d.bytes().length).sum();
        return harness.measure(name, description, List.of(
                Workload.onDocuments(PhaseProfile.FULL, documents, operations::parse),
                Workload.onDocuments(PhaseProfile.READ, documents,
                        d -> String.valueOf(reader.read(d.bytes(), d.name(), null).text()).length()),
                new Workload<>(PhaseProfile.AFTER_READ, texts, t -> Operations.summary(parser.parseText(t)), bytes),
                new Workload<>(PhaseProfile.SIMPLIFY, texts, t -> Simplifier.toSimplified(t).length(), bytes),
                new Workload<>(PhaseProfile.NARRATIVE, texts, t -> narrative.extract(t).size(), bytes)),
                List.of());
    }

    /** The reading phase alone, per detected format: which reader (decoding, jsoup, POI …) costs what. */
    private GroupResult readByFormat(List<BenchDocument> documents) {
        DocumentReader reader = new DocumentReader();
        Map<String, List<BenchDocument>> byFormat = new java.util.TreeMap<>();
        for (BenchDocument d : documents) {
            byFormat.computeIfAbsent(d.format(), f -> new ArrayList<>()).add(d);
        }
        List<Workload<BenchDocument>> workloads = new ArrayList<>();
        byFormat.forEach((format, docs) -> workloads.add(Workload.onDocuments("read:" + format, docs,
                d -> String.valueOf(reader.read(d.bytes(), d.name(), null).text()).length())));
        return harness.measure("read-by-format", "DocumentReader#read alone, per format (synthetic corpus)",
                workloads, List.of());
    }

    private GroupResult rulesGroup(List<BenchDocument> seeds, List<BenchDocument> synthetic) {
        ReportParser parser = new ReportParser();
        ReportValidator validator = new ReportValidator();
        List<ParsedReport> parsed = new ArrayList<>();
        for (BenchDocument d : seeds) {
            parsed.add(parser.parse(d.bytes(), d.name(), null));
        }
        for (BenchDocument d : synthetic) {
            parsed.add(parser.parse(d.bytes(), d.name(), null));
        }
        return harness.measure("rules", "ReportValidator#validate over the parsed seeds + synthetic corpus",
                List.of(new Workload<>("validate", parsed, r -> validator.validate(r).size(), 0)), List.of());
    }

    /** Parser and bare text reading on documents of each configured size, built from the largest seed. */
    private Growth growth(List<BenchDocument> seeds, List<GroupResult> groups) {
        BenchDocument base = seeds.stream().filter(BenchDocument::textual)
                .max(Comparator.comparingInt(d -> d.bytes().length)).orElseThrow();
        String text = base.decoded();
        List<Growth.Point> points = new ArrayList<>();
        for (int kb : config.sizesKb()) {
            byte[] bytes = SizedDocuments.ofSize(text, kb * 1024);
            BenchDocument doc = loader.describe("size-" + kb + "kb.txt", bytes);
            GroupResult group = harness.measure("size-" + kb + "kb", kb + " KB text built from " + base.name(),
                    List.of(Workload.onDocuments(PARSER, List.of(doc), operations::parse),
                            Workload.onDocuments(TEXT, List.of(doc), Operations::bareText)), List.<String[]>of(
                            new String[] {PARSER, TEXT}));
            groups.add(group);
            points.add(new Growth.Point(kb, bytes.length, group.workload(PARSER).microsPerOp(),
                    group.workload(PARSER).cpuMicrosPerOp()));
        }
        return Growth.of(points);
    }

    private static void progress(String step) {
        System.err.printf("[bench] %s  load %s%n", step, Environment.loadAverage());
    }

    /** Everything one run measured. */
    record Results(Map<String, Object> environment, Map<String, Object> run, List<GroupResult> groups,
                   List<PhaseProfile> phases, Growth growth, String goalPage, OcrFigures ocr) {

        String table() {
            return ResultTable.render(this);
        }

        void write(Path file) throws IOException {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, JsonResults.toJson(this), StandardCharsets.UTF_8);
        }
    }
}
