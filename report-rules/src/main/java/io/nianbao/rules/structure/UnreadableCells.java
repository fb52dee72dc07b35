package io.nianbao.rules.structure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.nianbao.contracts.issue.Issue;
import io.nianbao.contracts.issue.RuleCode;
import io.nianbao.contracts.model.CellEvidence;
import io.nianbao.contracts.model.ParsedReport;

/**
 * A table read from a picture (OCR) that does not add up is more likely misread than wrong: an arithmetic
 * finding (A_…) among whose cells one was read by OCR without confirmation (its row did not add up and no
 * second reading gave the same digits) becomes S_CELL_UNREADABLE, a WARNING naming the least sure of those
 * cells, instead of an error of the report. When every OCR'd cell involved was confirmed, the finding stands.
 */
public final class UnreadableCells {
    private UnreadableCells() {}

    public static List<Issue> soften(ParsedReport report, List<Issue> issues) {
        if (report.cells == null || report.cells.values().stream().noneMatch(e -> e != null && Boolean.FALSE.equals(e.confirmed()))) {
            return issues;
        }
        List<Issue> out = new ArrayList<>();
        Set<String> named = new LinkedHashSet<>();
        for (Issue issue : issues) {
            String doubtful = issue.code().startsWith("A_") && issue.path() != null ? leastSure(report.cells, involved(issue)) : null;
            if (doubtful == null) {
                out.add(issue);
            } else if (named.add(doubtful)) {
                CellEvidence e = report.cells.get(doubtful);
                out.add(Issue.of(RuleCode.S_CELL_UNREADABLE, doubtful, issue.expected(), issue.actual(),
                        "单元格" + doubtful + "是从表格图片识别（OCR）得到的“" + e.raw() + "”，识别把握不足（置信度"
                                + String.format(Locale.ROOT, "%.0f", 100 * (e.confidence() == null ? 0 : e.confidence()))
                                + "%），且与表内核对（" + issue.code() + "）不符，可能识别有误，请对照原图核实。"));
            }
        }
        return out;
    }

    /** the path prefix of the cells an arithmetic finding involves: its row, or its column in Table 3 */
    private static java.util.function.Predicate<String> involved(Issue issue) {
        String path = issue.path();
        if (issue.code().equals(RuleCode.A_T3_RESULT_TOTAL.name()) || issue.code().equals(RuleCode.A_T3_BALANCE.name())) {
            String column = path.substring(path.lastIndexOf('['));
            return p -> p.startsWith("applications.") && p.endsWith(column);
        }
        int bracket = path.lastIndexOf('[');
        if (bracket > 0) {
            String row = path.substring(0, bracket + 1);
            return p -> p.startsWith(row);
        }
        String row = path.substring(0, path.lastIndexOf('.') + 1);
        return p -> p.startsWith(row);
    }

    private static String leastSure(Map<String, CellEvidence> cells, java.util.function.Predicate<String> involved) {
        String least = null;
        double lowest = Double.MAX_VALUE;
        for (Map.Entry<String, CellEvidence> e : cells.entrySet()) {
            CellEvidence ev = e.getValue();
            if (ev != null && Boolean.FALSE.equals(ev.confirmed()) && involved.test(e.getKey())) {
                double c = ev.confidence() == null ? 0 : ev.confidence();
                if (c < lowest) {
                    lowest = c;
                    least = e.getKey();
                }
            }
        }
        return least;
    }
}
