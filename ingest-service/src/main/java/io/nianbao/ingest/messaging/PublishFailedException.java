package io.nianbao.ingest.messaging;

/** Kafka did not acknowledge a record in time (or refused it): the push must not be answered 202. */
public class PublishFailedException extends Exception {
    private final boolean tooLarge;

    public PublishFailedException(String message, Throwable cause, boolean tooLarge) {
        super(message, cause);
        this.tooLarge = tooLarge;
    }

    /** the broker or the producer refused the record for its size: retrying will not help */
    public boolean tooLarge() {
        return tooLarge;
    }
}
