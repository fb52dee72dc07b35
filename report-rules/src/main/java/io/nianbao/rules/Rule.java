package io.nianbao.rules;

import java.util.List;

import io.nianbao.contracts.issue.Issue;
import io.nianbao.contracts.model.ParsedReport;

/** One family of checks of rules.md. Implementations are stateless and never throw on odd input. */
public interface Rule {

    /** The issues this family finds in {@code report}; empty when there is nothing to say. */
    List<Issue> check(ParsedReport report, ValidationContext context);
}
