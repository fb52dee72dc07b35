package io.nianbao.ingest.fetch;

/** A URL that the guard does not let ingest fetch; the message is for the person who gave it. */
public class RefusedUrlException extends Exception {
    public RefusedUrlException(String message) {
        super(message);
    }
}
