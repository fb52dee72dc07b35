package io.nianbao.rules.crossyear;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.nianbao.contracts.issue.Issue;
import io.nianbao.contracts.issue.RuleCode;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.rules.Rule;
import io.nianbao.rules.ValidationContext;
import io.nianbao.rules.narrative.MetricResolver;
import io.nianbao.rules.narrative.TableFigure;

/**
 * X_SUDDEN_CHANGE (INFO): a headline figure is more than 5× or less than 0.2× the same body's previous
 * year, both years at least 10 (small counts swing naturally). Path = the headline metric,
 * expected = last year's figure, actual = this year's.
 */
public class SuddenChangeRule implements Rule {
    static final Map<String, String> HEADLINES = new LinkedHashMap<>();
    static {
        HEADLINES.put("applications.newReceived.total", "本年新收政府信息公开申请");
        HEADLINES.put("reviewLitigation.administrativeReview.total", "行政复议总数");
        HEADLINES.put("reviewLitigation.litigation.total", "行政诉讼总数");
        HEADLINES.put("activeDisclosure.decisions.total", "主动公开的处理决定总数");
    }
    private static final double MAX_RATIO = 5.0;
    private static final double MIN_RATIO = 0.2;
    private static final double MIN_FIGURE = 10;

    @Override
    public List<Issue> check(ParsedReport report, ValidationContext context) {
        ParsedReport previous = PreviousYear.of(report, context);
        if (previous == null) {
            return List.of();
        }
        List<Issue> issues = new ArrayList<>();
        HEADLINES.forEach((metric, label) -> {
            Optional<TableFigure> now = MetricResolver.resolve(report, metric);
            Optional<TableFigure> before = MetricResolver.resolve(previous, metric);
            if (now.isEmpty() || before.isEmpty()) {
                return;
            }
            double a = now.get().value();
            double b = before.get().value();
            if (a < MIN_FIGURE || b < MIN_FIGURE) {
                return;
            }
            double ratio = a / b;
            if (ratio > MAX_RATIO || ratio < MIN_RATIO) {
                issues.add(Issue.of(RuleCode.X_SUDDEN_CHANGE, metric, before.get().number(), now.get().number(),
                        label + "由上一年度（" + previous.year + "年）的" + before.get().number() + "变为" + now.get().number()
                                + "，变化超过5倍，请核实数字是否有误。"));
            }
        });
        return issues;
    }
}
