package io.nianbao.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.nianbao.contracts.issue.Issue;

/** Issues in the MANIFEST's notation: CODE@path, S_CELL_BLANK counted as S_CELL_BLANK×n; sorted for comparison. */
final class IssueSummary {
    private IssueSummary() {}

    static List<String> of(List<Issue> issues) {
        List<String> parts = new ArrayList<>();
        long blanks = issues.stream().filter(i -> i.code().equals("S_CELL_BLANK")).count();
        issues.stream().filter(i -> !i.code().equals("S_CELL_BLANK"))
                .forEach(i -> parts.add(i.path() == null ? i.code() : i.code() + "@" + i.path()));
        if (blanks > 0) {
            parts.add("S_CELL_BLANK×" + blanks);
        }
        parts.sort(null);
        return parts;
    }

    static List<String> parse(String manifestCodes) {
        if (manifestCodes.equals("-")) {
            return List.of();
        }
        List<String> parts = new ArrayList<>(Arrays.asList(manifestCodes.split(";")));
        parts.sort(null);
        return parts;
    }
}
