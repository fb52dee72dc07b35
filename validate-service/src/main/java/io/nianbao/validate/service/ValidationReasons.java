package io.nianbao.validate.service;

/** Why a ReportValidated event was published ({@code reason} field). */
public final class ValidationReasons {
    public static final String PARSED = "parsed";
    public static final String REPARSED = "report parsed again";
    public static final String SUPERSEDES = "supersedes an earlier report";
    public static final String PREVIOUS_YEAR_ARRIVED = "previous year arrived";
    public static final String CORRECTED = "corrected";
    public static final String PREVIOUS_YEAR_CORRECTED = "previous year corrected";

    private ValidationReasons() {}
}
