package io.nianbao.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.contracts.model.ReviewLitigation;

/** Cell-by-cell comparison of the three tables of two reports: how many figures agree, and which do not. */
final class TableComparison {
    int cells;
    int equal;
    final List<String> wrong = new ArrayList<>();

    static TableComparison of(ParsedReport expected, ParsedReport actual) {
        TableComparison c = new TableComparison();
        expected.tables.activeDisclosure.groups.forEach((group, figures) -> figures.forEach((field, value) ->
                c.check("activeDisclosure." + group + "." + field, value, actual.tables.activeDisclosure.figure(group, field))));
        var e3 = expected.tables.applications;
        var a3 = actual.tables.applications;
        c.row("applications.newReceived", e3.newReceived, a3.newReceived);
        c.row("applications.carriedOver", e3.carriedOver, a3.carriedOver);
        c.row("applications.granted", e3.granted, a3.granted);
        c.row("applications.partiallyGranted", e3.partiallyGranted, a3.partiallyGranted);
        c.group("applications.denied", e3.denied, a3.denied);
        c.group("applications.unavailable", e3.unavailable, a3.unavailable);
        c.group("applications.notProcessed", e3.notProcessed, a3.notProcessed);
        c.group("applications.otherHandling", e3.otherHandling, a3.otherHandling);
        c.row("applications.total", e3.total, a3.total);
        c.row("applications.carriedForward", e3.carriedForward, a3.carriedForward);
        for (String g : ReviewLitigation.GROUPS) {
            c.row("reviewLitigation." + g, expected.tables.reviewLitigation.group(g),
                    actual.tables.reviewLitigation.status == null ? null : actual.tables.reviewLitigation.group(g));
        }
        return c;
    }

    private void group(String path, Map<String, List<Long>> expected, Map<String, List<Long>> actual) {
        expected.forEach((k, row) -> row(path + "." + k, row, actual == null ? null : actual.get(k)));
    }

    private void row(String path, List<Long> expected, List<Long> actual) {
        for (int i = 0; i < expected.size(); i++) {
            check(path + "[" + i + "]", expected.get(i), actual == null || actual.size() <= i ? null : actual.get(i));
        }
    }

    private void check(String path, Number expected, Number actual) {
        cells++;
        boolean same = expected == null || actual == null ? Objects.equals(expected, actual)
                : Math.abs(expected.doubleValue() - actual.doubleValue()) < 1e-6;
        if (same) {
            equal++;
        } else {
            wrong.add(path + " expected " + expected + " got " + actual);
        }
    }

    double accuracy() {
        return cells == 0 ? 0 : (double) equal / cells;
    }
}
