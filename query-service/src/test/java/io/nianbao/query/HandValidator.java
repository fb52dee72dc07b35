package io.nianbao.query;

import java.util.ArrayList;
import java.util.List;

import io.nianbao.contracts.issue.Issue;
import io.nianbao.contracts.issue.RuleCode;
import io.nianbao.contracts.model.NarrativeFigure;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.contracts.model.ReviewLitigation;
import io.nianbao.contracts.model.TableStatus;

/**
 * Test input: a few rules of rules.md applied by hand (table structure, and prose figures about Table 4) so that
 * the events carry realistic issues without depending on report-rules, which is being written in parallel.
 */
final class HandValidator {
    private HandValidator() {}

    static List<Issue> issues(ParsedReport r) {
        List<Issue> issues = new ArrayList<>();
        structure(issues, "activeDisclosure", r.tables.activeDisclosure.status);
        structure(issues, "applications", r.tables.applications.status);
        structure(issues, "reviewLitigation", r.tables.reviewLitigation.status);
        ReviewLitigation t4 = r.tables.reviewLitigation;
        if (t4.status == TableStatus.PRESENT) {
            for (NarrativeFigure f : r.narrative) {
                Long table = table4(t4, f.metric);
                if (table != null && f.value.longValue() != table) {
                    issues.add(Issue.of(RuleCode.N_MISMATCH, f.metric, table, f.value,
                            "正文“" + f.quote + "”(" + f.value + ") 与表四 (" + table + ") 不一致"));
                }
            }
        }
        return issues;
    }

    private static void structure(List<Issue> issues, String table, TableStatus status) {
        if (status == TableStatus.EMPTY) {
            issues.add(Issue.of(RuleCode.S_TABLE_EMPTY, table, null, null, table + " 表格有表头但没有数据"));
        } else if (status == TableStatus.IMAGE_ONLY) {
            issues.add(Issue.of(RuleCode.S_TABLE_IMAGE_ONLY, table, null, null, table + " 表格仅以图片形式发布"));
        } else if (status == TableStatus.MISSING) {
            issues.add(Issue.of(RuleCode.S_TABLE_MISSING, table, null, null, table + " 缺少表格"));
        }
    }

    private static Long table4(ReviewLitigation t4, String metric) {
        String[] p = metric.split("\\.");
        if (p.length != 3 || !p[0].equals("reviewLitigation")) {
            return null;
        }
        int column = ReviewLitigation.COLUMNS.indexOf(p[2]);
        if (column < 0) {
            return null;
        }
        if (p[1].equals("litigation")) {
            return t4.litigationDirect.get(column) + t4.litigationAfterReview.get(column);
        }
        return ReviewLitigation.GROUPS.contains(p[1]) ? t4.group(p[1]).get(column) : null;
    }
}
