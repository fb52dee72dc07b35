package io.nianbao.rules.crossyear;

import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.rules.ValidationContext;

/** The previous year's report from the context, when it really is the year before this one. */
final class PreviousYear {
    private PreviousYear() {}

    static ParsedReport of(ParsedReport report, ValidationContext context) {
        if (context == null || context.previousYear() == null) {
            return null;
        }
        ParsedReport previous = context.previousYear();
        // a caller handing over another year by mistake must not produce cross-year findings
        if (report.year != null && previous.year != null && previous.year != report.year - 1) {
            return null;
        }
        return previous;
    }
}
