package io.nianbao.parse.messaging;

/** A record on reports.raw that is not a RawReportReceived event this service can read: for the DLQ. */
public class PoisonMessageException extends RuntimeException {
    public PoisonMessageException(String message, Throwable cause) {
        super(message, cause);
    }

    public PoisonMessageException(String message) {
        super(message);
    }
}
