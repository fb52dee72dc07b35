package io.nianbao.contracts.event;

public final class EventTypes {
    public static final String RAW_REPORT_RECEIVED = "RawReportReceived";
    public static final String REPORT_PARSED = "ReportParsed";
    public static final String REPORT_VALIDATED = "ReportValidated";
    public static final String REPORT_REJECTED = "ReportRejected";
    public static final String REPORT_CORRECTED = "ReportCorrected";

    private EventTypes() {}
}
