package io.nianbao.rules.structure;

import java.util.ArrayList;
import java.util.List;

import io.nianbao.contracts.issue.Issue;
import io.nianbao.contracts.issue.RuleCode;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.contracts.model.TableStatus;
import io.nianbao.rules.Rule;
import io.nianbao.rules.ValidationContext;
import io.nianbao.rules.support.TableLabels;

/** S_TABLE_MISSING / S_TABLE_EMPTY / S_TABLE_IMAGE_ONLY: one issue per table that was not read. Path: the table name. */
public class TableStatusRule implements Rule {

    @Override
    public List<Issue> check(ParsedReport report, ValidationContext context) {
        List<Issue> issues = new ArrayList<>();
        add(issues, "activeDisclosure", report.tables.activeDisclosure == null ? null : report.tables.activeDisclosure.status);
        add(issues, "applications", report.tables.applications == null ? null : report.tables.applications.status);
        add(issues, "reviewLitigation", report.tables.reviewLitigation == null ? null : report.tables.reviewLitigation.status);
        return issues;
    }

    private static void add(List<Issue> issues, String table, TableStatus status) {
        String name = TableLabels.table(table);
        if (status == null || status == TableStatus.MISSING) {
            issues.add(Issue.of(RuleCode.S_TABLE_MISSING, table, null, null,
                    "报告中找不到" + name + "，无法核对其数据。"));
        } else if (status == TableStatus.EMPTY) {
            issues.add(Issue.of(RuleCode.S_TABLE_EMPTY, table, null, null,
                    name + "只有表头，没有填写任何数据。"));
        } else if (status == TableStatus.IMAGE_ONLY) {
            issues.add(Issue.of(RuleCode.S_TABLE_IMAGE_ONLY, table, null, null,
                    name + "以图片形式发布，其中的数字无法被读取和核对，建议以文字表格发布。"));
        }
    }
}
