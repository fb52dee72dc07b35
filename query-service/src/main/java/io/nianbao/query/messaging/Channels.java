package io.nianbao.query.messaging;

/** Names of the incoming channels (configured in application.properties). */
public final class Channels {
    public static final String RAW_IN = "raw-in";
    public static final String PARSED_IN = "parsed-in";
    public static final String VALIDATED_IN = "validated-in";
    /** reports.corrected, read back into the read model */
    public static final String CORRECTED_IN = "corrected-in";
    /** reports.corrected, where the corrections endpoint publishes */
    public static final String CORRECTED_OUT = "corrected-out";
    /** reports.rejected: documents of a batch that ingest-service refused */
    public static final String REJECTED_IN = "rejected-in";

    private Channels() {}
}
