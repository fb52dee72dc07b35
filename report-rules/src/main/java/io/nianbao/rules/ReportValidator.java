package io.nianbao.rules;

import java.util.ArrayList;
import java.util.List;

import io.nianbao.contracts.issue.Issue;
import io.nianbao.contracts.model.ParsedReport;

/** Applies the rule catalog (shared/spec/rules.md) to a ParsedReport. Stateless and thread-safe. */
public class ReportValidator {

    public List<Issue> validate(ParsedReport report) {
        return validate(report, ValidationContext.none());
    }

    public List<Issue> validate(ParsedReport report, ValidationContext context) {
        // FIRST VERSION (placeholder until the rules issue lands)
        return new ArrayList<>();
    }
}
