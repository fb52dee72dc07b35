package io.nianbao.rules.arithmetic;

import java.util.ArrayList;
import java.util.List;

import io.nianbao.contracts.issue.Issue;
import io.nianbao.contracts.issue.RuleCode;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.contracts.model.ReviewLitigation;
import io.nianbao.contracts.model.TableStatus;
import io.nianbao.rules.Rule;
import io.nianbao.rules.ValidationContext;
import io.nianbao.rules.support.Cells;
import io.nianbao.rules.support.TableLabels;

/** A_T4_ROW_TOTAL: in each Table 4 group 总计 = 维持 + 纠正 + 其他 + 尚未审结; path {@code reviewLitigation.<group>[4]}. */
public class ReviewLitigationArithmeticRule implements Rule {

    @Override
    public List<Issue> check(ParsedReport report, ValidationContext context) {
        ReviewLitigation t = report.tables.reviewLitigation;
        if (t == null || t.status != TableStatus.PRESENT) {
            return List.of();
        }
        List<Issue> issues = new ArrayList<>();
        for (String group : ReviewLitigation.GROUPS) {
            List<Long> cells = t.group(group);
            long sum = Cells.sum(cells, 0, ReviewLitigation.TOTAL_COLUMN);
            long printed = Cells.value(cells, ReviewLitigation.TOTAL_COLUMN);
            if (sum != printed) {
                issues.add(Issue.of(RuleCode.A_T4_ROW_TOTAL, "reviewLitigation." + group + "[4]", sum, printed,
                        "第四部分表格“" + TableLabels.T4_GROUPS.get(group) + "”：结果维持" + Cells.value(cells, 0)
                                + "+结果纠正" + Cells.value(cells, 1) + "+其他结果" + Cells.value(cells, 2)
                                + "+尚未审结" + Cells.value(cells, 3) + "=" + sum + "，但总计填写为" + printed + "。"));
            }
        }
        return issues;
    }
}
