package io.nianbao.rules.arithmetic;

import java.util.ArrayList;
import java.util.List;

import io.nianbao.contracts.issue.Issue;
import io.nianbao.contracts.issue.RuleCode;
import io.nianbao.contracts.model.Applications;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.contracts.model.TableStatus;
import io.nianbao.rules.Rule;
import io.nianbao.rules.ValidationContext;
import io.nianbao.rules.support.ApplicationRows;
import io.nianbao.rules.support.ApplicationRows.Row;
import io.nianbao.rules.support.Cells;

/**
 * Table 3 arithmetic (blank cells count as 0):
 * <ul>
 *   <li>A_T3_ROW_TOTAL, every row: 总计 = sum of the six applicant columns; path {@code applications.<row>[6]},
 *       expected = the sum, actual = the printed 总计;</li>
 *   <li>A_T3_RESULT_TOTAL, every column: （七）总计 = sum of the result rows; path {@code applications.total[i]};</li>
 *   <li>A_T3_BALANCE, every column: 本年新收 + 上年结转 = （七）总计 + 结转下年度; path {@code applications.total[i]}
 *       (the convention of the corpus generator), expected = left side, actual = right side.</li>
 * </ul>
 */
public class ApplicationsArithmeticRule implements Rule {

    @Override
    public List<Issue> check(ParsedReport report, ValidationContext context) {
        Applications t = report.tables.applications;
        if (t == null || t.status != TableStatus.PRESENT) {
            return List.of();
        }
        List<Issue> issues = new ArrayList<>();
        List<Row> rows = ApplicationRows.of(t);
        for (Row row : rows) {
            long sum = Cells.sum(row.cells(), 0, Applications.TOTAL_COLUMN);
            long printed = Cells.value(row.cells(), Applications.TOTAL_COLUMN);
            if (sum != printed) {
                issues.add(Issue.of(RuleCode.A_T3_ROW_TOTAL, "applications." + row.path() + "[6]", sum, printed,
                        "第三部分表格“" + row.label() + "”行：六类申请人合计" + terms(row.cells()) + "=" + sum
                                + "，但“总计”列填写为" + printed + "。"));
            }
        }
        for (int c = 0; c < Applications.COLUMN_COUNT; c++) {
            String column = ApplicationRows.COLUMN_LABELS.get(c);
            long results = 0;
            for (Row row : rows) {
                if (row.result()) {
                    results += Cells.value(row.cells(), c);
                }
            }
            long total = Cells.value(t.total, c);
            if (results != total) {
                issues.add(Issue.of(RuleCode.A_T3_RESULT_TOTAL, "applications.total[" + c + "]", results, total,
                        "第三部分表格“" + column + "”列：办理结果（一）至（六）各项之和为" + results
                                + "，但（七）总计填写为" + total + "。"));
            }
            long received = Cells.value(t.newReceived, c);
            long carriedOver = Cells.value(t.carriedOver, c);
            long carriedForward = Cells.value(t.carriedForward, c);
            long left = received + carriedOver;
            long right = total + carriedForward;
            if (left != right) {
                issues.add(Issue.of(RuleCode.A_T3_BALANCE, "applications.total[" + c + "]", left, right,
                        "第三部分表格“" + column + "”列：本年新收" + received + "+上年结转" + carriedOver + "=" + left
                                + "，但办理结果总计" + total + "+结转下年度" + carriedForward + "=" + right
                                + "，两者应当相等。"));
            }
        }
        return issues;
    }

    private static String terms(List<Long> cells) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < Applications.TOTAL_COLUMN; i++) {
            s.append(i == 0 ? "" : "+").append(Cells.value(cells, i));
        }
        return s.toString();
    }
}
