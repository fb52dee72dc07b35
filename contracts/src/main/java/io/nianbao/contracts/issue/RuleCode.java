package io.nianbao.contracts.issue;

import static io.nianbao.contracts.issue.Severity.ERROR;
import static io.nianbao.contracts.issue.Severity.INFO;
import static io.nianbao.contracts.issue.Severity.WARNING;

/** The rule catalog of shared/spec/rules.md. Codes and severities are a public contract. */
public enum RuleCode {
    S_TABLE_MISSING(ERROR, "one of the three tables has no trace in the report"),
    S_TABLE_EMPTY(ERROR, "a table's headings are there but no cell has a value"),
    S_TABLE_IMAGE_ONLY(WARNING, "a table is published only as an image, so its figures cannot be checked"),
    S_SECTION_MISSING(WARNING, "one of the six parts (一 … 六) is absent"),
    S_YEAR_UNKNOWN(WARNING, "the statistical year cannot be determined"),
    S_TEMPLATE_MISMATCH(WARNING, "the 2019 template used for a year ≥ 2021, or the 2021 template for a year ≤ 2020"),
    S_CELL_BLANK(WARNING, "a cell of a PRESENT table is blank"),
    S_CELL_INVALID(ERROR, "a cell is not a non-negative integer (text, a fraction, a negative count)"),
    S_CELL_UNREADABLE(WARNING, "a cell read from a picture of the table (OCR) breaks the table's arithmetic and no second reading confirmed its figure: the picture may have been misread"),
    A_T3_ROW_TOTAL(ERROR, "in a Table 3 row, 总计 ≠ the sum of the six applicant columns"),
    A_T3_RESULT_TOTAL(ERROR, "in a column, （七）总计 ≠ （一）+（二）+ Σ（三）+ Σ（四）+ Σ（五）+ Σ（六）"),
    A_T3_BALANCE(ERROR, "in a column, 本年新收 + 上年结转 ≠ （七）总计 + 结转下年度"),
    A_T4_ROW_TOTAL(ERROR, "in a Table 4 group, 总计 ≠ 维持 + 纠正 + 其他 + 尚未审结"),
    A_T2_PUBLISHED_EXCEEDS_TOTAL(WARNING, "2019 template: 本年新公开数量 > 对外公开总数量"),
    A_T2_NEGATIVE_COUNT(ERROR, "2019 template: 上一年项目数量 + 本年增/减 < 0"),
    N_MISMATCH(WARNING, "a figure stated in the prose differs from the table (within the precision the prose gives)"),
    X_CARRYOVER_MISMATCH(WARNING, "this year's 上年结转 (总计 column) ≠ the same body's 结转下年度 in its previous year's report"),
    X_PROJECT_COUNT_MISMATCH(WARNING, "2019 template: this year's 上一年项目数量 ≠ previous year's 上一年项目数量 + 本年增/减, same body and row"),
    X_SUDDEN_CHANGE(INFO, "a headline figure is more than 5× or less than 0.2× the same body's previous year, both years ≥ 10"),
    X_SUPERSEDED(INFO, "a body's report for a year arrived again with different content; the newer one replaces the older");

    private final Severity severity;
    private final String description;

    RuleCode(Severity severity, String description) {
        this.severity = severity;
        this.description = description;
    }

    public Severity severity() {
        return severity;
    }

    public String description() {
        return description;
    }
}
