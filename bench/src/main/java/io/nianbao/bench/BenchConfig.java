package io.nianbao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.nianbao.testsupport.Corpus;

/**
 * Command-line options of the benchmark.
 *
 * @param corpus      the folder holding seeds/ and synthetic/
 * @param limit       at most this many documents per corpus folder (0 = all); the smoke test uses 2
 * @param sizesKb     the sizes of the growth test, in KB
 * @param ocrSeeds    the seeds whose tables are drawn as pictures and read with tesseract (empty: no OCR part)
 * @param ocrDpis     the resolutions those pictures are drawn at
 */
public record BenchConfig(int warmupIterations, int iterations, long sliceMillis, long globalWarmupMillis,
                          Path corpus, int limit, List<Integer> sizesKb, Path output,
                          List<String> ocrSeeds, List<Integer> ocrDpis) {

    public static final String USAGE = """
            java -jar bench/target/nianbao-bench.jar [options]
              --warmup N       warm-up iterations per group (default 3)
              --iterations N   measured iterations per group (default 7)
              --slice-ms N     time each workload runs per iteration (default 1000)
              --global-warmup-ms N  time spent first running every operation on every document, so that
                               the first groups are not measured on colder code than the later ones (default 20000)
              --corpus DIR     folder with seeds/ and synthetic/ (default: ../shared/corpus found upwards)
              --limit N        use at most N documents per corpus folder (default all)
              --sizes A,B,C    document sizes of the growth test in KB (default 1,60,1024)
              --out FILE       JSON results (default bench/results/latest.json)
              --ocr-seeds A,B  seeds whose three tables are drawn as pictures and read with tesseract
                               (default 000; "none" leaves the OCR part out)
              --ocr-dpi A,B    resolutions of those pictures (default 96,150)
            """;

    public static BenchConfig parse(String... args) {
        int warmup = 3;
        int iterations = 7;
        long slice = 1000;
        long globalWarmup = 20_000;
        Path corpus = null;
        int limit = 0;
        List<Integer> sizes = List.of(1, 60, 1024);
        Path out = null;
        List<String> ocrSeeds = List.of("000");
        List<Integer> ocrDpis = List.of(96, 150);
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                throw new IllegalArgumentException(USAGE);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + option + "\n" + USAGE);
            }
            String value = args[++i];
            switch (option) {
                case "--warmup" -> warmup = Integer.parseInt(value);
                case "--iterations" -> iterations = Integer.parseInt(value);
                case "--slice-ms" -> slice = Long.parseLong(value);
                case "--global-warmup-ms" -> globalWarmup = Long.parseLong(value);
                case "--corpus" -> corpus = Path.of(value);
                case "--limit" -> limit = Integer.parseInt(value);
                case "--sizes" -> sizes = integers(value);
                case "--ocr-seeds" -> ocrSeeds = value.equals("none") ? List.of()
                        : List.of(value.split(",")).stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
                case "--ocr-dpi" -> ocrDpis = integers(value);
                case "--out" -> out = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + option + "\n" + USAGE);
            }
        }
        if (iterations < 1 || warmup < 0 || slice < 0) {
            throw new IllegalArgumentException("iterations ≥ 1, warmup ≥ 0, slice ≥ 0\n" + USAGE);
        }
        Path root = repositoryRoot();
        return new BenchConfig(warmup, iterations, slice, globalWarmup,
                corpus != null ? corpus : findCorpus(),
                limit, sizes,
                out != null ? out : root.resolve("bench").resolve("results").resolve("latest.json"),
                ocrSeeds, ocrDpis);
    }

    private static List<Integer> integers(String commaSeparated) {
        List<Integer> list = new ArrayList<>();
        for (String s : commaSeparated.split(",")) {
            list.add(Integer.parseInt(s.trim()));
        }
        return List.copyOf(list);
    }

    /** The folder holding the parent pom.xml with a bench/ module, or the working directory. */
    static Path repositoryRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("bench"))) {
                return p;
            }
        }
        return Path.of("").toAbsolutePath();
    }

    /** ../shared/corpus next to the repository, searched upwards from the working directory. */
    static Path findCorpus() {
        try {
            return Corpus.root();
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException("../shared/corpus not found; pass --corpus DIR", e);
        }
    }
}
