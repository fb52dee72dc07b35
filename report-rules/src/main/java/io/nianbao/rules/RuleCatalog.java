package io.nianbao.rules;

import java.util.Arrays;
import java.util.List;

import io.nianbao.contracts.issue.RuleCode;
import io.nianbao.contracts.issue.Severity;

/** The published list of rules (code, severity, description), straight from {@link RuleCode}. */
public final class RuleCatalog {

    public record Entry(String code, Severity severity, String description) {}

    private RuleCatalog() {}

    public static List<Entry> entries() {
        return Arrays.stream(RuleCode.values())
                .map(c -> new Entry(c.name(), c.severity(), c.description()))
                .toList();
    }
}
