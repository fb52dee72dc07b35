package io.nianbao.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.issue.Issue;
import io.nianbao.contracts.issue.Severity;
import io.nianbao.contracts.model.ActiveDisclosure;
import io.nianbao.contracts.model.Applications;
import io.nianbao.contracts.model.NarrativeFigure;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.contracts.model.ReviewLitigation;
import io.nianbao.contracts.model.TableStatus;
import io.nianbao.contracts.model.Template;
import io.nianbao.rules.narrative.MetricResolver;
import io.nianbao.rules.narrative.StatedPrecision;
import io.nianbao.rules.support.ApplicationRows;

/**
 * Changes one printed number at a time in the expected JSON of the clean reports (seeds 000, 002, 003 and
 * every clean synthetic report) — every cell of every Table 3 row, every cell of every Table 4 group, the
 * Table 2 rows of the 2019 template, every prose figure — and checks that exactly the matching rule fires
 * at the right path. Recall (found / injected) and the ERRORs on the unmutated clean reports are printed.
 */
class MutationTest {
    private static final long[] DELTAS = {1, 100};
    private final ReportValidator validator = new ReportValidator();

    private final Map<String, int[]> recall = new LinkedHashMap<>();
    private final List<String> misses = new ArrayList<>();
    private final List<String> extras = new ArrayList<>();

    static Map<String, ParsedReport> cleanReports() {
        Map<String, ParsedReport> clean = new LinkedHashMap<>();
        for (String seed : List.of("000", "002", "003")) {
            clean.put("seed " + seed, CorpusReports.seed(seed));
        }
        Map<String, java.nio.file.Path> synthetic = CorpusReports.expected("synthetic");
        for (CorpusReports.ManifestLine line : CorpusReports.manifest()) {
            if (line.error().equals("-")) {
                clean.put(line.name(), CorpusReports.read(synthetic.get(line.name())));
            }
        }
        return clean;
    }

    private static ParsedReport copy(ParsedReport report) {
        return JsonCodec.readReport(JsonCodec.write(report));
    }

    private static Set<String> keys(List<Issue> issues) {
        Set<String> keys = new TreeSet<>();
        issues.forEach(i -> keys.add(i.code() + "@" + i.path()));
        return keys;
    }

    /** Applies one mutation; expected = codes@paths that must appear; the other new issues may only be prose mismatches. */
    private void mutate(String family, String where, ParsedReport original, Set<String> baseline, Consumer<ParsedReport> change,
            Set<String> expected) {
        ParsedReport mutated = copy(original);
        change.accept(mutated);
        List<Issue> issues = validator.validate(mutated);
        Set<String> fresh = keys(issues);
        fresh.removeAll(baseline);
        int[] counts = recall.computeIfAbsent(family, f -> new int[2]);
        counts[1]++;
        if (fresh.containsAll(expected)) {
            counts[0]++;
        } else {
            misses.add(where + ": expected " + expected + " got " + fresh);
        }
        for (String key : fresh) {
            if (!expected.contains(key) && !key.startsWith("N_MISMATCH@") && !key.startsWith("S_CELL_BLANK@")) {
                extras.add(where + ": unexpected " + key);
            }
        }
    }

    @Test
    void everyInjectedErrorIsFoundAtItsCell() {
        Map<String, ParsedReport> clean = cleanReports();
        int falsePositives = 0;
        for (Map.Entry<String, ParsedReport> e : clean.entrySet()) {
            String name = e.getKey();
            ParsedReport report = e.getValue();
            List<Issue> base = validator.validate(report);
            falsePositives += (int) base.stream().filter(i -> i.severity() == Severity.ERROR).count();
            Set<String> baseline = keys(base);
            mutateTable3(name, report, baseline);
            mutateTable4(name, report, baseline);
            mutateTable2(name, report, baseline);
            mutateProse(name, report, baseline);
        }
        int found = 0;
        int injected = 0;
        StringBuilder line = new StringBuilder("MUTATION RECALL (expected JSON, " + clean.size() + " clean reports):");
        for (Map.Entry<String, int[]> r : recall.entrySet()) {
            line.append(' ').append(r.getKey()).append(' ').append(r.getValue()[0]).append('/').append(r.getValue()[1]);
            found += r.getValue()[0];
            injected += r.getValue()[1];
        }
        line.append(" | total ").append(found).append('/').append(injected)
                .append(" | ERRORs on unmutated clean reports: ").append(falsePositives)
                .append(" | unexpected extra issues: ").append(extras.size());
        System.out.println(line);
        misses.stream().limit(20).forEach(m -> System.out.println("MISS " + m));
        extras.stream().limit(20).forEach(m -> System.out.println("EXTRA " + m));
        assertTrue(injected > 5000, "too few mutations: " + injected);
        assertEquals(List.of(), misses.stream().limit(20).toList());
        assertEquals(List.of(), extras.stream().limit(20).toList());
        assertEquals(0, falsePositives);
    }

    private void mutateTable3(String name, ParsedReport report, Set<String> baseline) {
        Applications t = report.tables.applications;
        if (t.status != TableStatus.PRESENT) {
            return;
        }
        List<ApplicationRows.Row> rows = ApplicationRows.of(t);
        for (int r = 0; r < rows.size(); r++) {
            ApplicationRows.Row row = rows.get(r);
            for (int c = 0; c < Applications.COLUMN_COUNT; c++) {
                Set<String> expected = new TreeSet<>();
                expected.add("A_T3_ROW_TOTAL@applications." + row.path() + "[6]");
                if (row.result() || row.path().equals("total")) {
                    expected.add("A_T3_RESULT_TOTAL@applications.total[" + c + "]");
                }
                if (!row.result()) {
                    expected.add("A_T3_BALANCE@applications.total[" + c + "]");
                }
                for (long delta : DELTAS) {
                    int rowIndex = r;
                    int column = c;
                    mutate("T3", name + " applications." + row.path() + "[" + c + "]+" + delta, report, baseline, m -> {
                        List<Long> cells = ApplicationRows.of(m.tables.applications).get(rowIndex).cells();
                        Long old = cells.get(column);
                        cells.set(column, (old == null ? 0 : old) + delta);
                    }, expected);
                }
            }
        }
    }

    private void mutateTable4(String name, ParsedReport report, Set<String> baseline) {
        ReviewLitigation t = report.tables.reviewLitigation;
        if (t.status != TableStatus.PRESENT) {
            return;
        }
        for (String group : ReviewLitigation.GROUPS) {
            for (int c = 0; c < ReviewLitigation.COLUMN_COUNT; c++) {
                for (long delta : DELTAS) {
                    int column = c;
                    mutate("T4", name + " reviewLitigation." + group + "[" + c + "]+" + delta, report, baseline, m -> {
                        List<Long> cells = m.tables.reviewLitigation.group(group);
                        Long old = cells.get(column);
                        cells.set(column, (old == null ? 0 : old) + delta);
                    }, Set.of("A_T4_ROW_TOTAL@reviewLitigation." + group + "[4]"));
                }
            }
        }
    }

    private void mutateTable2(String name, ParsedReport report, Set<String> baseline) {
        ActiveDisclosure t = report.tables.activeDisclosure;
        if (t.status != TableStatus.PRESENT || !Template.T2019.equals(report.template)) {
            return;
        }
        for (String row : List.of(ActiveDisclosure.REGULATIONS, ActiveDisclosure.NORMATIVE_DOCUMENTS)) {
            long total = t.figure(row, ActiveDisclosure.TOTAL_PUBLISHED).longValue();
            mutate("T2", name + " activeDisclosure." + row + ".published", report, baseline,
                    m -> m.tables.activeDisclosure.set(row, ActiveDisclosure.PUBLISHED, total + 1),
                    Set.of("A_T2_PUBLISHED_EXCEEDS_TOTAL@activeDisclosure." + row + ".published"));
        }
        for (String row : List.of(ActiveDisclosure.LICENSING, ActiveDisclosure.OTHER_SERVICES, ActiveDisclosure.PENALTIES,
                ActiveDisclosure.ENFORCEMENT, ActiveDisclosure.FEES)) {
            long previous = t.figure(row, ActiveDisclosure.PREVIOUS_COUNT).longValue();
            mutate("T2", name + " activeDisclosure." + row + ".change", report, baseline,
                    m -> m.tables.activeDisclosure.set(row, ActiveDisclosure.CHANGE, -(previous + 1)),
                    Set.of("A_T2_NEGATIVE_COUNT@activeDisclosure." + row + ".change"));
        }
    }

    private void mutateProse(String name, ParsedReport report, Set<String> baseline) {
        for (int i = 0; i < report.narrative.size(); i++) {
            NarrativeFigure figure = report.narrative.get(i);
            String key = "N_MISMATCH@" + figure.metric;
            if (baseline.contains(key) || MetricResolver.resolve(report, figure.metric).isEmpty()) {
                continue;
            }
            StatedPrecision precision = StatedPrecision.of(figure);
            double table = MetricResolver.resolve(report, figure.metric).get().value();
            // just outside the stated precision; an "at least" figure is wrong only when it exceeds the table
            double away = precision.atLeast() ? 0 : Math.ceil(precision.above());
            long wrong = Math.round(table) + (long) away + 1;
            int index = i;
            mutate("prose", name + " narrative " + figure.metric, report, baseline, m -> {
                NarrativeFigure f = m.narrative.get(index);
                f.value = wrong;
            }, Set.of(key));
        }
    }
}
