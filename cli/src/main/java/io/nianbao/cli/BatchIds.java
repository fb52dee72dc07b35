package io.nianbao.cli;

import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/** Names a push: when it started (UTC, so that ids sort by time) and a random part, so two pushes never share one. */
final class BatchIds {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final SecureRandom RANDOM = new SecureRandom();

    private BatchIds() {}

    static String next() {
        byte[] random = new byte[3];
        RANDOM.nextBytes(random);
        return "push-" + ZonedDateTime.now(ZoneOffset.UTC).format(STAMP) + "-" + HexFormat.of().formatHex(random);
    }
}
