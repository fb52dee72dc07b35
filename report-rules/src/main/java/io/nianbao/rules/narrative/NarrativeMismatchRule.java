package io.nianbao.rules.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.nianbao.contracts.issue.Issue;
import io.nianbao.contracts.issue.RuleCode;
import io.nianbao.contracts.model.NarrativeFigure;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.rules.Rule;
import io.nianbao.rules.ValidationContext;

/**
 * N_MISMATCH: a figure the prose states differs from the table value of the same metric, beyond the
 * precision the prose gives. Path = the metric, expected = the table value, actual = the stated value.
 */
public class NarrativeMismatchRule implements Rule {

    @Override
    public List<Issue> check(ParsedReport report, ValidationContext context) {
        if (report.narrative == null) {
            return List.of();
        }
        List<Issue> issues = new ArrayList<>();
        for (NarrativeFigure figure : report.narrative) {
            if (figure == null || figure.value == null) {
                continue;
            }
            Optional<TableFigure> table = MetricResolver.resolve(report, figure.metric);
            if (table.isEmpty()) {
                continue;
            }
            StatedPrecision precision = StatedPrecision.of(figure);
            double stated = figure.value.doubleValue();
            if (!precision.matches(table.get().value(), stated)) {
                String quote = figure.quote == null ? String.valueOf(figure.value) : figure.quote;
                issues.add(Issue.of(RuleCode.N_MISMATCH, figure.metric, table.get().number(), figure.value,
                        "正文“" + quote + "”所述数字为" + figure.value + precision.description() + "，但"
                                + table.get().where() + "为" + table.get().number() + "，两者不一致。"));
            }
        }
        return issues;
    }
}
