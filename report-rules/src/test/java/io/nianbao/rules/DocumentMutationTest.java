package io.nianbao.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.issue.Issue;
import io.nianbao.contracts.model.Applications;
import io.nianbao.contracts.model.NarrativeFigure;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.contracts.model.ReviewLitigation;
import io.nianbao.contracts.model.TableStatus;
import io.nianbao.parser.ReportParser;
import io.nianbao.rules.narrative.MetricResolver;
import io.nianbao.rules.narrative.StatedPrecision;
import io.nianbao.rules.support.ApplicationRows;

/**
 * Mutations in the DOCUMENT TEXT, then parse, then validate (issue 5). For every clean text document whose
 * tables the parser reads exactly as the expected JSON (seeds 000, 002, 003 and the clean synthetic reports,
 * DOCX excepted), each printed number of the table part (二 … 四) and of the prose figures is raised by one,
 * the document is parsed again and:
 * <ul>
 *   <li>when the parser reads the change as one changed Table 3 / Table 4 cell, the matching A_ rule must fire
 *       at that cell's path (and no other A_ rule);</li>
 *   <li>when it reads the change as one changed prose figure stated exactly, N_MISMATCH must fire at its metric;</li>
 *   <li>changes the parser reads otherwise (nothing changed: a row number, a page footer; several cells
 *       changed; a Table 2 or money cell) are counted and printed, not asserted — they measure the parser.</li>
 * </ul>
 */
class DocumentMutationTest {
    private static final Pattern NUMBER = Pattern.compile("[0-9０-９]+");
    /** the section headings 二、主动公开政府信息情况 … 五、存在的主要问题 (not their mention in the preamble) */
    private static final Pattern TABLES_START = Pattern.compile("[二2][、.．]\\s*主[动動]公[开開]政府信息情[况況]");
    private static final Pattern TABLES_END = Pattern.compile("[五5][、.．]\\s*存在的主要[问問][题題]");

    private final ReportParser parser = new ReportParser();
    private final ReportValidator validator = new ReportValidator();

    record Doc(String name, Path file, Charset charset, ParsedReport expected) {}

    /**
     * Seeds 000, 002, 003 and the first clean synthetic report of each layout (about 40 s); every clean
     * synthetic report with {@code -Dnianbao.mutation.full=true} (about 3 min on two cores).
     */
    private static List<Doc> documents() throws Exception {
        boolean full = Boolean.getBoolean("nianbao.mutation.full");
        Set<String> layouts = new TreeSet<>();
        List<Doc> docs = new ArrayList<>();
        for (String seed : List.of("000", "002", "003")) {
            Map.Entry<String, Path> e = CorpusReports.expected("seeds").entrySet().stream()
                    .filter(x -> x.getKey().startsWith(seed + "_")).findFirst().orElseThrow();
            docs.add(new Doc("seed " + seed, documentOf(e.getValue(), e.getKey()), StandardCharsets.UTF_8, CorpusReports.read(e.getValue())));
        }
        Map<String, Path> synthetic = CorpusReports.expected("synthetic");
        for (CorpusReports.ManifestLine line : CorpusReports.manifest()) {
            String encoding = Files.readAllLines(CorpusReports.root().resolve("synthetic/MANIFEST.tsv")).stream()
                    .filter(l -> l.startsWith(line.name() + "\t")).findFirst().orElseThrow().split("\t")[2];
            if (!line.error().equals("-") || encoding.equals("docx")) {
                continue;
            }
            String layout = line.name().substring("syn_000_".length());
            if (!layouts.add(layout) && !full) {
                continue;
            }
            Path json = synthetic.get(line.name());
            docs.add(new Doc(line.name(), documentOf(json, line.name()), Charset.forName(encoding), CorpusReports.read(json)));
        }
        return docs;
    }

    private static Path documentOf(Path expectedJson, String base) throws Exception {
        try (var files = Files.list(expectedJson.getParent())) {
            return files.filter(p -> p.getFileName().toString().startsWith(base + ".") && !p.toString().endsWith(".json"))
                    .findFirst().orElseThrow();
        }
    }

    /** path → value of every Table 3 / Table 4 cell, or of the table status when not PRESENT. */
    private static Map<String, Object> cells(ParsedReport r) {
        Map<String, Object> cells = new LinkedHashMap<>();
        Applications t3 = r.tables.applications;
        if (t3.status == TableStatus.PRESENT) {
            for (ApplicationRows.Row row : ApplicationRows.of(t3)) {
                for (int c = 0; c < Applications.COLUMN_COUNT; c++) {
                    cells.put("applications." + row.path() + "[" + c + "]", row.cells() == null ? null : row.cells().get(c));
                }
            }
        } else {
            cells.put("applications", t3.status);
        }
        ReviewLitigation t4 = r.tables.reviewLitigation;
        if (t4.status == TableStatus.PRESENT) {
            for (String g : ReviewLitigation.GROUPS) {
                for (int c = 0; c < ReviewLitigation.COLUMN_COUNT; c++) {
                    cells.put("reviewLitigation." + g + "[" + c + "]", t4.group(g) == null ? null : t4.group(g).get(c));
                }
            }
        } else {
            cells.put("reviewLitigation", t4.status);
        }
        cells.put("activeDisclosure", JsonCodec.write(r.tables.activeDisclosure));
        return cells;
    }

    private static Set<String> keys(List<Issue> issues) {
        Set<String> keys = new TreeSet<>();
        issues.forEach(i -> keys.add(i.code() + "@" + i.path()));
        return keys;
    }

    /** The A_ codes@paths one changed Table 3/4 cell must raise (same reasoning as {@link MutationTest}). */
    private static Set<String> expectedFor(String path) {
        Set<String> expected = new TreeSet<>();
        if (path.startsWith("reviewLitigation.")) {
            expected.add("A_T4_ROW_TOTAL@" + path.substring(0, path.indexOf('[')) + "[4]");
            return expected;
        }
        String row = path.substring("applications.".length(), path.indexOf('['));
        String column = path.substring(path.indexOf('[') + 1, path.indexOf(']'));
        expected.add("A_T3_ROW_TOTAL@applications." + row + "[6]");
        boolean edge = List.of("newReceived", "carriedOver", "total", "carriedForward").contains(row);
        if (!edge || row.equals("total")) {
            expected.add("A_T3_RESULT_TOTAL@applications.total[" + column + "]");
        }
        if (edge) {
            expected.add("A_T3_BALANCE@applications.total[" + column + "]");
        }
        return expected;
    }

    private static String increment(String digits) {
        boolean fullWidth = digits.charAt(0) >= '０';
        StringBuilder ascii = new StringBuilder();
        digits.chars().forEach(ch -> ascii.append((char) (ch >= '０' ? ch - '０' + '0' : ch)));
        String next = new java.math.BigInteger(ascii.toString()).add(java.math.BigInteger.ONE).toString();
        if (!fullWidth) {
            return next;
        }
        StringBuilder wide = new StringBuilder();
        next.chars().forEach(ch -> wide.append((char) (ch - '0' + '０')));
        return wide.toString();
    }

    /** Offsets of the numbers to mutate: the table part (outside HTML tags) and the prose quotes. */
    private static List<int[]> targets(String text, ParsedReport expected) {
        Set<Integer> starts = new TreeSet<>();
        List<int[]> spans = new ArrayList<>();
        Matcher start = TABLES_START.matcher(text);
        int from = start.find() ? start.start() : 0;
        Matcher end = TABLES_END.matcher(text);
        int to = end.find(from) ? end.start() : text.length();
        Matcher m = NUMBER.matcher(text);
        m.region(from, to);
        while (m.find()) {
            int lt = text.lastIndexOf('<', m.start());
            int gt = text.lastIndexOf('>', m.start());
            if (lt > gt) {
                continue; // inside an HTML tag: an attribute, not a printed number
            }
            if (starts.add(m.start())) {
                spans.add(new int[] {m.start(), m.end()});
            }
        }
        for (NarrativeFigure f : expected.narrative) {
            int at = f.quote == null ? -1 : text.indexOf(f.quote);
            if (at < 0) {
                continue;
            }
            Matcher q = NUMBER.matcher(text);
            q.region(at, at + f.quote.length());
            while (q.find()) {
                if (starts.add(q.start())) {
                    spans.add(new int[] {q.start(), q.end()});
                }
            }
        }
        return spans;
    }

    @Test
    void numbersChangedInTheDocumentAreFoundAfterParsing() throws Exception {
        int docs = 0, skippedDocs = 0, mutations = 0, injected = 0, found = 0, ignored = 0, misread = 0, other = 0, extras = 0;
        List<String> misses = new ArrayList<>();
        long t0 = System.nanoTime();
        for (Doc doc : documents()) {
            byte[] bytes = Files.readAllBytes(doc.file());
            String fileName = doc.file().getFileName().toString();
            ParsedReport original = parser.parse(bytes, fileName, null);
            if (!JsonCodec.write(original.tables).equals(JsonCodec.write(doc.expected().tables))) {
                skippedDocs++;
                System.out.println("DOC-MUTATION skip " + doc.name() + ": the parser does not read its tables as expected");
                continue;
            }
            docs++;
            String text = new String(bytes, doc.charset());
            Map<String, Object> before = cells(original);
            Set<String> baseline = keys(validator.validate(original));
            for (int[] span : targets(text, doc.expected())) {
                mutations++;
                String mutatedText = text.substring(0, span[0]) + increment(text.substring(span[0], span[1])) + text.substring(span[1]);
                ParsedReport mutated = parser.parse(mutatedText.getBytes(doc.charset()), fileName, null);
                Map<String, Object> after = cells(mutated);
                List<String> changed = new ArrayList<>();
                Set<String> all = new TreeSet<>(before.keySet());
                all.addAll(after.keySet());
                for (String k : all) {
                    if (!Objects.equals(before.get(k), after.get(k))) {
                        changed.add(k);
                    }
                }
                List<String> proseBefore = original.narrative.stream().map(f -> f.metric + "=" + f.value).toList();
                List<NarrativeFigure> proseChanged = mutated.narrative.stream()
                        .filter(f -> !proseBefore.contains(f.metric + "=" + f.value)).toList();
                Set<String> fresh = keys(validator.validate(mutated));
                fresh.removeAll(baseline);
                String where = doc.name() + " @" + span[0] + " '" + text.substring(span[0], span[1]) + "'";
                Set<String> expected;
                if (changed.size() == 1 && changed.get(0).contains("[") && proseChanged.isEmpty()) {
                    expected = expectedFor(changed.get(0));
                } else if (changed.isEmpty() && proseChanged.size() == 1 && exactAndMatching(original, proseChanged.get(0))) {
                    expected = Set.of("N_MISMATCH@" + proseChanged.get(0).metric);
                } else if (changed.isEmpty() && proseChanged.isEmpty()) {
                    ignored++;
                    continue;
                } else if (changed.size() > 1) {
                    misread++;
                    continue;
                } else {
                    other++; // a Table 2 / money cell, an approximate prose figure
                    continue;
                }
                injected++;
                if (fresh.containsAll(expected)) {
                    found++;
                } else {
                    misses.add(where + " expected " + expected + " got " + fresh);
                }
                if (fresh.stream().anyMatch(k -> k.startsWith("A_") && !expected.contains(k))) {
                    extras++;
                    misses.add(where + " extra A_ issue: " + fresh + " expected " + expected);
                }
            }
        }
        System.out.printf("DOC-MUTATION RECALL: found %d / injected %d (documents %d, skipped %d; numbers changed %d; "
                        + "read by the parser as: one T3/T4 cell or one exact prose figure %d, nothing %d, several cells %d, "
                        + "other %d; unexpected A_ issues %d) in %d ms%n",
                found, injected, docs, skippedDocs, mutations, injected, ignored, misread, other, extras, (System.nanoTime() - t0) / 1_000_000);
        misses.stream().limit(20).forEach(m -> System.out.println("DOC-MUTATION MISS " + m));
        assertTrue(docs >= 3, "the parser reads too few documents to run this test");
        assertTrue(injected > 500, "too few injected mutations: " + injected);
        assertEquals(List.of(), misses.stream().limit(20).toList());
    }

    private static boolean exactAndMatching(ParsedReport original, NarrativeFigure changedFigure) {
        StatedPrecision precision = StatedPrecision.of(changedFigure);
        if (precision.atLeast() || precision.above() > 0) {
            return false;
        }
        var table = MetricResolver.resolve(original, changedFigure.metric);
        // the original figure agreed with the table: the one-off change must now disagree
        return table.isPresent() && original.narrative.stream()
                .anyMatch(f -> f.metric.equals(changedFigure.metric) && f.value.doubleValue() == table.get().value());
    }
}
