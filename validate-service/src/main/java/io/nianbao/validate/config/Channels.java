package io.nianbao.validate.config;

/** Reactive-messaging channel names (configured in application.properties). */
public final class Channels {
    /** topic reports.parsed, failures to reports.parsed.dlq */
    public static final String REPORTS_PARSED = "reports-parsed";
    /** topic reports.corrected (new versions of reports, made by users), failures to reports.corrected.dlq */
    public static final String REPORTS_CORRECTED = "reports-corrected";
    /** topic reports.validated */
    public static final String REPORTS_VALIDATED = "reports-validated";

    private Channels() {}
}
