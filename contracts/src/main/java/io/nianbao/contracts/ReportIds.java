package io.nianbao.contracts;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** reportId = the first 16 hex digits of the document's SHA-256: the same bytes are one report. */
public final class ReportIds {
    private ReportIds() {}

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String fromSha256(String sha256Hex) {
        return sha256Hex.substring(0, 16);
    }

    public static String of(byte[] content) {
        return fromSha256(sha256(content));
    }
}
