package io.nianbao.contracts.model;

/** The two official layouts; the JSON value is the string "2019" / "2021". */
public final class Template {
    public static final String T2019 = "2019";
    public static final String T2021 = "2021";

    private Template() {}
}
