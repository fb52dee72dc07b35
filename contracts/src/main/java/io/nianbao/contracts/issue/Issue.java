package io.nianbao.contracts.issue;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One finding of the validator (shared/spec/rules.md). {@code path} names the cell or figure at
 * fault with the names of parsed-report.md; expected/actual are numbers where the rule compares
 * numbers, else null; the message is Chinese first.
 */
@JsonPropertyOrder({"code", "severity", "path", "expected", "actual", "message"})
public record Issue(String code, Severity severity, String path, Number expected, Number actual, String message) {

    public static Issue of(RuleCode rule, String path, Number expected, Number actual, String message) {
        return new Issue(rule.name(), rule.severity(), path, expected, actual, message);
    }
}
