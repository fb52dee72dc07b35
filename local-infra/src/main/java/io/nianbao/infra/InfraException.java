package io.nianbao.infra;

/**
 * A failure to start or run local infrastructure, with a message meant for the person at the terminal
 * (the command line prints it instead of a stack trace).
 */
public class InfraException extends RuntimeException {
    public InfraException(String message) {
        super(message);
    }

    public InfraException(String message, Throwable cause) {
        super(message, cause);
    }
}
