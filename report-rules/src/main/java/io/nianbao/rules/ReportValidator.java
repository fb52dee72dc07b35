package io.nianbao.rules;

import java.util.ArrayList;
import java.util.List;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.issue.Issue;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.contracts.model.Tables;
import io.nianbao.rules.arithmetic.ActiveDisclosureArithmeticRule;
import io.nianbao.rules.arithmetic.ApplicationsArithmeticRule;
import io.nianbao.rules.arithmetic.ReviewLitigationArithmeticRule;
import io.nianbao.rules.crossyear.CarryOverRule;
import io.nianbao.rules.crossyear.ProjectCountRule;
import io.nianbao.rules.crossyear.SuddenChangeRule;
import io.nianbao.rules.crossyear.SupersededRule;
import io.nianbao.rules.narrative.NarrativeMismatchRule;
import io.nianbao.rules.structure.CellRule;
import io.nianbao.rules.structure.SectionRule;
import io.nianbao.rules.structure.TableStatusRule;
import io.nianbao.rules.structure.UnreadableCells;
import io.nianbao.rules.structure.YearAndTemplateRule;

/**
 * Applies the rule catalog (shared/spec/rules.md) to a ParsedReport. Stateless and thread-safe.
 *
 * <p>S_SECTION_MISSING is not checked: a ParsedReport does not (yet) say which of the six parts the
 * document holds, and guessing it from the tables would duplicate S_TABLE_MISSING.
 */
public class ReportValidator {
    private final List<Rule> rules = List.of(
            new YearAndTemplateRule(),
            new SectionRule(),
            new TableStatusRule(),
            new CellRule(),
            new ActiveDisclosureArithmeticRule(),
            new ApplicationsArithmeticRule(),
            new ReviewLitigationArithmeticRule(),
            new NarrativeMismatchRule(),
            new CarryOverRule(),
            new ProjectCountRule(),
            new SuddenChangeRule(),
            new SupersededRule());

    public List<Issue> validate(ParsedReport report) {
        return validate(report, ValidationContext.none());
    }

    public List<Issue> validate(ParsedReport report, ValidationContext context) {
        List<Issue> issues = new ArrayList<>();
        if (report == null) {
            return issues;
        }
        if (report.tables == null) {
            // a report without tables has three MISSING tables; work on a copy, never change the caller's report
            report = JsonCodec.readReport(JsonCodec.write(report));
            report.tables = new Tables();
        }
        ValidationContext ctx = context == null ? ValidationContext.none() : context;
        for (Rule rule : rules) {
            issues.addAll(rule.check(report, ctx));
        }
        return UnreadableCells.soften(report, issues);
    }
}
