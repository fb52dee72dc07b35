package io.nianbao.rules.narrative;

/** The table's value of a narrative metric and, for the message, where it comes from. */
public record TableFigure(double value, String where) {

    /** The value as a Long when it is whole (counts), else as a Double (money). */
    public Number number() {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Number) Math.round(value) : (Number) value;
    }
}
