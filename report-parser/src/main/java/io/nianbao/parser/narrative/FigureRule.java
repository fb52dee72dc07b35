package io.nianbao.parser.narrative;

import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One way the prose states a figure: a label that ends right before the number ("予以公开" in
 * "予以公开653件"), the units it may carry, and the metric it states. The metric may depend on the
 * context (a verb earlier in the clause, the 复议/诉讼 the sentence is about); {@code metric} returns
 * null when the context leaves it open, and then nothing is emitted.
 *
 * @param label       anchored at the number ({@code $}); named group {@code q} starts the quote
 * @param units       the units the figure may be counted in
 * @param follow      what must follow the unit ("申请" in "办理的1440件申请"), or null
 * @param followQuoted whether the quote takes in what follows ("2019年297件申请件")
 * @param metric      the metric, or null to emit nothing
 */
record FigureRule(String name, Pattern label, String units, Pattern follow, boolean followQuoted,
                  Function<LabelContext, String> metric) {

    boolean allows(String unit) {
        return units.contains(unit);
    }
}
