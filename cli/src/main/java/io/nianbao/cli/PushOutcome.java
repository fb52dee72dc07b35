package io.nianbao.cli;

import java.nio.file.Path;

/** What happened to one pushed document. */
record PushOutcome(Path document, Kind kind, String reportId, String reason) {

    enum Kind { ACCEPTED, DUPLICATE, REJECTED }

    static PushOutcome accepted(Path document, String reportId) {
        return new PushOutcome(document, Kind.ACCEPTED, reportId, null);
    }

    static PushOutcome duplicate(Path document, String reportId) {
        return new PushOutcome(document, Kind.DUPLICATE, reportId, null);
    }

    static PushOutcome rejected(Path document, String reason) {
        return new PushOutcome(document, Kind.REJECTED, null, reason);
    }
}
