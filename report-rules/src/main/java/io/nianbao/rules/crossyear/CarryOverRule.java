package io.nianbao.rules.crossyear;

import java.util.List;

import io.nianbao.contracts.issue.Issue;
import io.nianbao.contracts.issue.RuleCode;
import io.nianbao.contracts.model.Applications;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.contracts.model.TableStatus;
import io.nianbao.rules.Rule;
import io.nianbao.rules.ValidationContext;
import io.nianbao.rules.support.Cells;

/**
 * X_CARRYOVER_MISMATCH: this year's 上年结转 (总计 column) must equal the 结转下年度 (总计) of the same body's
 * previous report. Path {@code applications.carriedOver[6]}, expected = last year's 结转下年度, actual = this year's 上年结转.
 */
public class CarryOverRule implements Rule {

    @Override
    public List<Issue> check(ParsedReport report, ValidationContext context) {
        ParsedReport previous = PreviousYear.of(report, context);
        if (previous == null) {
            return List.of();
        }
        Applications now = report.tables.applications;
        Applications before = previous.tables.applications;
        if (now == null || before == null || now.status != TableStatus.PRESENT || before.status != TableStatus.PRESENT) {
            return List.of();
        }
        Long carriedOver = Cells.cell(now.carriedOver, Applications.TOTAL_COLUMN);
        Long carriedForward = Cells.cell(before.carriedForward, Applications.TOTAL_COLUMN);
        if (carriedOver == null || carriedForward == null || carriedOver.equals(carriedForward)) {
            return List.of();
        }
        return List.of(Issue.of(RuleCode.X_CARRYOVER_MISMATCH, "applications.carriedOver[6]", carriedForward, carriedOver,
                "第三部分表格“上年结转政府信息公开申请数量”总计为" + carriedOver + "，但上一年度（" + previous.year
                        + "年）报告的“结转下年度继续办理”总计为" + carriedForward + "，两者应当相等。"));
    }
}
