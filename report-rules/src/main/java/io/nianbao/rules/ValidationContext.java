package io.nianbao.rules;

import io.nianbao.contracts.model.ParsedReport;

/**
 * What the validator knows beyond the report itself, for the cross-year rules (X_…):
 * the same body's report of the previous year (or null) and whether this report replaces an
 * earlier, different report of the same body and year.
 */
public record ValidationContext(ParsedReport previousYear, boolean supersedesEarlier) {

    public static ValidationContext none() {
        return new ValidationContext(null, false);
    }

    public static ValidationContext withPreviousYear(ParsedReport previousYear) {
        return new ValidationContext(previousYear, false);
    }
}
