package io.nianbao.contracts;

/** A record that is not the JSON its topic carries: a poison message, not a bad report. */
public class MalformedEventException extends RuntimeException {
    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
