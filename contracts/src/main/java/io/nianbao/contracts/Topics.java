package io.nianbao.contracts;

/** Kafka topic names. The key of every record is the reportId. */
public final class Topics {
    public static final String RAW = "reports.raw";
    public static final String PARSED = "reports.parsed";
    public static final String VALIDATED = "reports.validated";
    public static final String DLQ_SUFFIX = ".dlq";

    private Topics() {}

    public static String deadLetter(String topic) {
        return topic + DLQ_SUFFIX;
    }
}
