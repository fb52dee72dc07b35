package io.nianbao.parse.messaging;

/** Channel names of this service (their topics are set in application.properties). */
public final class Channels {
    /** reports.raw, consumed */
    public static final String RAW_IN = "reports-raw";
    /** reports.parsed, produced */
    public static final String PARSED_OUT = "reports-parsed";

    private Channels() {}
}
