package io.nianbao.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;

import io.nianbao.parser.ReportParser;
import io.nianbao.parser.narrative.NarrativeExtractor;
import io.nianbao.parser.read.DocumentReader;

/**
 * A quick loop for profiling and for measuring one change: parses the 60 KB portal page (or the documents given)
 * over and over on one thread and prints µs of thread CPU time per operation for the full parse, the reading
 * phase, the text part (after reading), the prose figures and bare jsoup, interleaved in rounds. Attach a profiler (JFR) to it;
 * the full benchmark ({@link BenchMain}) is the one whose figures are reported.
 *
 * <pre>java -cp bench/target/nianbao-bench.jar io.nianbao.bench.PageLoop [--seconds N] [--only parse,bare-jsoup,…] [FILE …]</pre>
 */
public final class PageLoop {
    private static volatile long sink;

    private PageLoop() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        int seconds = 20;
        String only = null;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--only" -> only = args[++i];
                default -> files.add(Path.of(args[i]));
            }
        }
        DocumentLoader loader = new DocumentLoader();
        List<BenchDocument> docs = new ArrayList<>();
        if (files.isEmpty()) {
            List<BenchDocument> synthetic = loader.load(BenchConfig.findCorpus().resolve("synthetic"), 0);
            BenchDocument base = synthetic.stream()
                    .filter(d -> "html".equals(d.format()) && d.textual() && d.bytes().length <= BenchMain.GOAL_PAGE_BYTES)
                    .max(Comparator.comparingInt(d -> d.bytes().length)).orElseThrow();
            docs.add(loader.describe("portal-60kb-" + base.name(), NoisyHtmlPage.build(base, BenchMain.GOAL_PAGE_BYTES)));
        } else {
            for (Path f : files) {
                docs.add(loader.describe(f.getFileName().toString(), Files.readAllBytes(f)));
            }
        }
        ReportParser parser = new ReportParser();
        DocumentReader reader = new DocumentReader();
        java.util.Map<BenchDocument, String> texts = new java.util.IdentityHashMap<>();
        for (BenchDocument d : docs) {
            texts.put(d, reader.read(d.bytes(), d.name(), null).text());
        }
        NarrativeExtractor narrative = new NarrativeExtractor();
        List<String> names = new ArrayList<>();
        List<ToLongFunction<BenchDocument>> ops = new ArrayList<>();
        names.add("parse");
        ops.add(d -> Operations.summary(parser.parse(d.bytes(), d.name(), null)));
        {
            names.add("read");
            ops.add(d -> reader.read(d.bytes(), d.name(), null).text().length());
            names.add("parse-text");
            ops.add(d -> Operations.summary(parser.parseText(texts.get(d))));
            names.add("narrative");
            ops.add(d -> narrative.extract(texts.get(d)).size());
            names.add("lines");
            ops.add(d -> io.nianbao.parser.text.LineBreaks.split(
                    io.nianbao.parser.text.SimplifiedText.of(texts.get(d))).size());
            names.add("meta+parts");
            ops.add(d -> {
                List<String> lines = io.nianbao.parser.text.LineBreaks.split(texts.get(d));
                return String.valueOf(new io.nianbao.parser.meta.MetadataReader().read(lines)).length()
                        + new io.nianbao.parser.meta.SectionFinder().find(lines).size();
            });
            names.add("tables");
            ops.add(d -> {
                List<String> lines = io.nianbao.parser.text.LineBreaks.split(texts.get(d));
                return new io.nianbao.parser.table.TableReader().read(lines, java.util.Set.of(), null, null,
                        new java.util.HashMap<>()).cellsRead().size();
            });
            names.add("bare-jsoup");
            ops.add(d -> d.textual() ? Operations.bareJsoup(d) : 0);
        }
        if (only != null) {
            List<String> chosenNames = new ArrayList<>();
            List<ToLongFunction<BenchDocument>> chosen = new ArrayList<>();
            for (String name : only.split(",")) {
                int k = names.indexOf(name);
                if (k < 0) {
                    throw new IllegalArgumentException("--only takes some of " + names);
                }
                chosenNames.add(name);
                chosen.add(ops.get(k));
            }
            names = chosenNames;
            ops = chosen;
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        int round = 0;
        while (System.nanoTime() < end) {
            StringBuilder line = new StringBuilder("round " + round++ + ":");
            for (int k = 0; k < ops.size(); k++) {
                long cpu0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                long n = 0;
                long folded = 0;
                while (System.nanoTime() - t0 < 1_000_000_000L / ops.size()) {
                    for (BenchDocument d : docs) {
                        folded += ops.get(k).applyAsLong(d);
                        n++;
                    }
                }
                sink += folded;
                double cpuMicros = (threads.getCurrentThreadCpuTime() - cpu0) / 1e3 / n;
                line.append(String.format("  %s %.0f", names.get(k), cpuMicros));
            }
            System.out.println(line.append("  (µs CPU/op)"));
        }
    }
}
