package io.nianbao.query.messaging;

/** Names of the incoming channels (configured in application.properties). */
public final class Channels {
    public static final String RAW_IN = "raw-in";
    public static final String PARSED_IN = "parsed-in";
    public static final String VALIDATED_IN = "validated-in";

    private Channels() {}
}
