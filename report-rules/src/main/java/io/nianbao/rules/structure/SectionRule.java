package io.nianbao.rules.structure;

import java.util.ArrayList;
import java.util.List;

import io.nianbao.contracts.issue.Issue;
import io.nianbao.contracts.issue.RuleCode;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.rules.Rule;
import io.nianbao.rules.ValidationContext;

/**
 * S_SECTION_MISSING (path {@code sections[n]}, n = 1…6): a part of the six the templates prescribe has no
 * heading. Judged only when the parser reported which parts it found ({@link ParsedReport#sections}).
 */
public class SectionRule implements Rule {
    private static final List<String> PART_NAMES = List.of("一、总体情况", "二、主动公开政府信息情况",
            "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
            "六、其他需要报告的事项");

    @Override
    public List<Issue> check(ParsedReport report, ValidationContext context) {
        List<Issue> issues = new ArrayList<>();
        if (report.sections == null) {
            return issues;
        }
        for (int part = 1; part <= PART_NAMES.size(); part++) {
            if (!report.sections.contains(part)) {
                issues.add(Issue.of(RuleCode.S_SECTION_MISSING, "sections[" + part + "]", null, null,
                        "报告缺少第" + "一二三四五六".charAt(part - 1) + "部分“" + PART_NAMES.get(part - 1).substring(2)
                                + "”：年度报告应按规定格式包含全部六个部分。"));
            }
        }
        return issues;
    }
}
