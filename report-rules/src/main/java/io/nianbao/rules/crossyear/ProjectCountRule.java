package io.nianbao.rules.crossyear;

import java.util.ArrayList;
import java.util.List;

import io.nianbao.contracts.issue.Issue;
import io.nianbao.contracts.issue.RuleCode;
import io.nianbao.contracts.model.ActiveDisclosure;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.contracts.model.TableStatus;
import io.nianbao.contracts.model.Template;
import io.nianbao.rules.Rule;
import io.nianbao.rules.ValidationContext;
import io.nianbao.rules.arithmetic.ActiveDisclosureArithmeticRule;
import io.nianbao.rules.support.TableLabels;

/**
 * X_PROJECT_COUNT_MISMATCH (both years on the 2019 template): this year's 上一年项目数量 of a row must equal
 * last year's 上一年项目数量 + 本年增/减 of the same row. Path {@code activeDisclosure.<row>.previousCount}.
 */
public class ProjectCountRule implements Rule {

    @Override
    public List<Issue> check(ParsedReport report, ValidationContext context) {
        ParsedReport previous = PreviousYear.of(report, context);
        if (previous == null || !Template.T2019.equals(report.template) || !Template.T2019.equals(previous.template)) {
            return List.of();
        }
        ActiveDisclosure now = report.tables.activeDisclosure;
        ActiveDisclosure before = previous.tables.activeDisclosure;
        if (now == null || before == null || now.status != TableStatus.PRESENT || before.status != TableStatus.PRESENT) {
            return List.of();
        }
        List<Issue> issues = new ArrayList<>();
        for (String row : ActiveDisclosureArithmeticRule.PROJECT_ROWS) {
            Number count = now.figure(row, ActiveDisclosure.PREVIOUS_COUNT);
            Number lastCount = before.figure(row, ActiveDisclosure.PREVIOUS_COUNT);
            Number lastChange = before.figure(row, ActiveDisclosure.CHANGE);
            if (count == null || lastCount == null || lastChange == null) {
                continue;
            }
            long expected = lastCount.longValue() + lastChange.longValue();
            if (count.longValue() != expected) {
                issues.add(Issue.of(RuleCode.X_PROJECT_COUNT_MISMATCH, "activeDisclosure." + row + ".previousCount", expected,
                        count.longValue(),
                        "第二部分表格“" + TableLabels.T2_GROUPS.get(row) + "”上一年项目数量为" + count + "，但上一年度（"
                                + previous.year + "年）报告中该项为" + lastCount + "，本年增/减" + lastChange + "，应为" + expected + "。"));
            }
        }
        return issues;
    }
}
