package io.nianbao.rules.arithmetic;

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
import io.nianbao.rules.support.Cells;
import io.nianbao.rules.support.TableLabels;

/**
 * Table 2 of the 2019 template (the 2021 template has no sums to check):
 * A_T2_PUBLISHED_EXCEEDS_TOTAL ({@code activeDisclosure.<row>.published}: 本年新公开 > 对外公开总数) and
 * A_T2_NEGATIVE_COUNT ({@code activeDisclosure.<row>.change}: 上一年项目数量 + 本年增/减 < 0).
 */
public class ActiveDisclosureArithmeticRule implements Rule {
    static final List<String> DOCUMENT_ROWS = List.of(ActiveDisclosure.REGULATIONS, ActiveDisclosure.NORMATIVE_DOCUMENTS);
    public static final List<String> PROJECT_ROWS = List.of(ActiveDisclosure.LICENSING, ActiveDisclosure.OTHER_SERVICES,
            ActiveDisclosure.PENALTIES, ActiveDisclosure.ENFORCEMENT, ActiveDisclosure.FEES);

    @Override
    public List<Issue> check(ParsedReport report, ValidationContext context) {
        ActiveDisclosure t = report.tables.activeDisclosure;
        if (t == null || t.status != TableStatus.PRESENT || !Template.T2019.equals(report.template)) {
            return List.of();
        }
        List<Issue> issues = new ArrayList<>();
        for (String row : DOCUMENT_ROWS) {
            if (!t.groups.containsKey(row)) {
                continue;
            }
            long published = Cells.value(t.figure(row, ActiveDisclosure.PUBLISHED));
            long total = Cells.value(t.figure(row, ActiveDisclosure.TOTAL_PUBLISHED));
            if (published > total) {
                issues.add(Issue.of(RuleCode.A_T2_PUBLISHED_EXCEEDS_TOTAL, "activeDisclosure." + row + ".published", total, published,
                        "第二部分表格“" + TableLabels.T2_GROUPS.get(row) + "”：本年新公开数量" + published
                                + "大于对外公开总数量" + total + "，本年新公开的应包含在总数之内。"));
            }
        }
        for (String row : PROJECT_ROWS) {
            if (!t.groups.containsKey(row)) {
                continue;
            }
            long previous = Cells.value(t.figure(row, ActiveDisclosure.PREVIOUS_COUNT));
            long change = Cells.value(t.figure(row, ActiveDisclosure.CHANGE));
            if (previous + change < 0) {
                issues.add(Issue.of(RuleCode.A_T2_NEGATIVE_COUNT, "activeDisclosure." + row + ".change", 0, previous + change,
                        "第二部分表格“" + TableLabels.T2_GROUPS.get(row) + "”：上一年项目数量" + previous + "加本年增/减"
                                + change + "得" + (previous + change) + "，项目数量不能为负。"));
            }
        }
        return issues;
    }
}
