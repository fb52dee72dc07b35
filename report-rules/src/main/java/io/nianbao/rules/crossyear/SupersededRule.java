package io.nianbao.rules.crossyear;

import java.util.List;

import io.nianbao.contracts.issue.Issue;
import io.nianbao.contracts.issue.RuleCode;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.rules.Rule;
import io.nianbao.rules.ValidationContext;

/** X_SUPERSEDED (INFO, path {@code report}): this report replaces an earlier, different report of the same body and year. */
public class SupersededRule implements Rule {

    @Override
    public List<Issue> check(ParsedReport report, ValidationContext context) {
        if (context == null || !context.supersedesEarlier()) {
            return List.of();
        }
        String year = report.year == null ? "" : report.year + "年度";
        return List.of(Issue.of(RuleCode.X_SUPERSEDED, "report", null, null,
                "本机关" + year + "报告此前已提交过内容不同的版本，本次提交的版本将取代旧版本。"));
    }
}
