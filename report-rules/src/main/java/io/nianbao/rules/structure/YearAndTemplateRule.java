package io.nianbao.rules.structure;

import java.util.ArrayList;
import java.util.List;

import io.nianbao.contracts.issue.Issue;
import io.nianbao.contracts.issue.RuleCode;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.contracts.model.Template;
import io.nianbao.rules.Rule;
import io.nianbao.rules.ValidationContext;

/**
 * S_YEAR_UNKNOWN (path {@code year}) and S_TEMPLATE_MISMATCH (path {@code template}): the 2019 template
 * (国办公开办函〔2019〕60号) applies to the years up to 2020, the 2021 template (〔2021〕30号) from 2021.
 */
public class YearAndTemplateRule implements Rule {
    private static final int FIRST_YEAR_OF_2021_TEMPLATE = 2021;

    @Override
    public List<Issue> check(ParsedReport report, ValidationContext context) {
        List<Issue> issues = new ArrayList<>();
        if (report.year == null) {
            issues.add(Issue.of(RuleCode.S_YEAR_UNKNOWN, "year", null, null,
                    "无法从报告中确定统计年度，请在标题或正文中写明报告所属年度。"));
            return issues;
        }
        if (Template.T2019.equals(report.template) && report.year >= FIRST_YEAR_OF_2021_TEMPLATE) {
            issues.add(Issue.of(RuleCode.S_TEMPLATE_MISMATCH, "template", null, null,
                    report.year + "年度报告使用了2019年版格式（〔2019〕60号），自2021年度起应使用2021年版格式（〔2021〕30号）。"));
        } else if (Template.T2021.equals(report.template) && report.year < FIRST_YEAR_OF_2021_TEMPLATE) {
            issues.add(Issue.of(RuleCode.S_TEMPLATE_MISMATCH, "template", null, null,
                    report.year + "年度报告使用了2021年版格式（〔2021〕30号），2020年度及以前应使用2019年版格式（〔2019〕60号）。"));
        }
        return issues;
    }
}
