package io.nianbao.rules.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.nianbao.contracts.issue.Issue;
import io.nianbao.contracts.issue.RuleCode;
import io.nianbao.contracts.model.ActiveDisclosure;
import io.nianbao.contracts.model.Applications;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.contracts.model.ReviewLitigation;
import io.nianbao.contracts.model.TableStatus;
import io.nianbao.rules.Rule;
import io.nianbao.rules.ValidationContext;
import io.nianbao.rules.support.ApplicationRows;
import io.nianbao.rules.support.Cells;
import io.nianbao.rules.support.TableLabels;

/**
 * S_CELL_INVALID for every cell the parser recorded in {@code invalidCells}, and S_CELL_BLANK once per
 * blank cell of a PRESENT table (a cell already reported invalid is not reported blank as well).
 */
public class CellRule implements Rule {

    @Override
    public List<Issue> check(ParsedReport report, ValidationContext context) {
        List<Issue> issues = new ArrayList<>();
        Map<String, String> invalid = report.invalidCells == null ? Map.of() : report.invalidCells;
        invalid.forEach((path, raw) -> issues.add(Issue.of(RuleCode.S_CELL_INVALID, path, null, null,
                "单元格" + path + "的内容“" + raw + "”不是非负整数，无法参与核对。")));

        ActiveDisclosure t2 = report.tables.activeDisclosure;
        if (t2 != null && t2.status == TableStatus.PRESENT) {
            t2.groups.forEach((group, figures) -> {
                if (figures != null) {
                    figures.forEach((field, value) -> {
                        String path = "activeDisclosure." + group + "." + field;
                        if (value == null && !invalid.containsKey(path)) {
                            issues.add(blank(path, TableLabels.table("activeDisclosure") + "“" + TableLabels.t2(group, field) + "”"));
                        }
                    });
                }
            });
        }
        Applications t3 = report.tables.applications;
        if (t3 != null && t3.status == TableStatus.PRESENT) {
            for (ApplicationRows.Row row : ApplicationRows.of(t3)) {
                for (int i = 0; i < Applications.COLUMN_COUNT; i++) {
                    String path = "applications." + row.path() + "[" + i + "]";
                    if (Cells.cell(row.cells(), i) == null && !invalid.containsKey(path)) {
                        issues.add(blank(path, "第三部分表格“" + row.label() + "”行“" + ApplicationRows.COLUMN_LABELS.get(i) + "”列"));
                    }
                }
            }
        }
        ReviewLitigation t4 = report.tables.reviewLitigation;
        if (t4 != null && t4.status == TableStatus.PRESENT) {
            for (String group : ReviewLitigation.GROUPS) {
                for (int i = 0; i < ReviewLitigation.COLUMN_COUNT; i++) {
                    String path = "reviewLitigation." + group + "[" + i + "]";
                    if (Cells.cell(t4.group(group), i) == null && !invalid.containsKey(path)) {
                        issues.add(blank(path, "第四部分表格“" + TableLabels.T4_GROUPS.get(group) + "”的“" + TableLabels.T4_COLUMNS.get(i) + "”"));
                    }
                }
            }
        }
        return issues;
    }

    private static Issue blank(String path, String where) {
        return Issue.of(RuleCode.S_CELL_BLANK, path, null, null, where + "未填写，核对时按0计算；没有数据请填0。");
    }
}
