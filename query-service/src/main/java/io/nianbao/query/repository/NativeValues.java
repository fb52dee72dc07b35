package io.nianbao.query.repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Column values of native queries, whose Java types depend on the driver and on Hibernate's mapping. */
final class NativeValues {
    private NativeValues() {}

    /** a TIMESTAMPTZ column: Instant, OffsetDateTime or Timestamp depending on the path it came through (else ISO text) */
    static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        return Instant.parse(o.toString());
    }
}
