package io.nianbao.ingest.service;

import io.nianbao.ingest.rest.Problem;

/**
 * A push that is refused for a reason the client can act on (too large, unsupported, broker
 * unavailable …). Carries the problem to answer and, for 503, the Retry-After seconds.
 */
public class IngestException extends RuntimeException {
    private final transient Problem problem;
    private final Integer retryAfterSeconds;

    public IngestException(Problem problem, Integer retryAfterSeconds, Throwable cause) {
        super(problem.detail(), cause);
        this.problem = problem;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public IngestException(Problem problem) {
        this(problem, null, null);
    }

    public Problem problem() {
        return problem;
    }

    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public static IngestException badRequest(String detail) {
        return new IngestException(Problem.of(400, "bad-request", "Bad Request", detail));
    }

    public static IngestException tooLarge(String detail) {
        return new IngestException(Problem.of(413, "too-large", "Content Too Large", detail));
    }

    public static IngestException unsupported(String detail) {
        return new IngestException(Problem.of(415, "unsupported-media-type", "Unsupported Media Type", detail));
    }

    public static IngestException unavailable(String detail, int retryAfterSeconds, Throwable cause) {
        return new IngestException(Problem.of(503, "unavailable", "Service Unavailable", detail), retryAfterSeconds,
                cause);
    }
}
