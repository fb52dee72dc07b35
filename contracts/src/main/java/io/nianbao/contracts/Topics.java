package io.nianbao.contracts;

/** Kafka topic names. The key of every record is the reportId. */
public final class Topics {
    public static final String RAW = "reports.raw";
    public static final String PARSED = "reports.parsed";
    public static final String VALIDATED = "reports.validated";
    /** documents of a batch that ingest-service refused (they never reach reports.raw) */
    public static final String REJECTED = "reports.rejected";
    /** new versions of reports whose cells a user corrected (query-service publishes, validate-service and query-service consume) */
    public static final String CORRECTED = "reports.corrected";
    public static final String DLQ_SUFFIX = ".dlq";

    private Topics() {}

    public static String deadLetter(String topic) {
        return topic + DLQ_SUFFIX;
    }
}
