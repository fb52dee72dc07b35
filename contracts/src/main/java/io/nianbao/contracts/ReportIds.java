package io.nianbao.contracts;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * reportId = the first 16 hex digits of the document's SHA-256: the same bytes are one report.
 *
 * <p>An HTML page that came with its pictures is identified by the page and the pictures together
 * ({@link #ofPageWithPictures}): the same page with its pictures is one report; the page alone is another (its
 * tables may be only pictures then, so it reads differently). {@code ReportSource.sha256} stays the page's.
 */
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

    /**
     * The reportId of a page with pictures: the SHA-256 of the text {@code "page <page sha256>\n"} followed by
     * {@code "<fileName>\t<picture sha256>\n"} for every picture in the order of file names, first 16 hex
     * digits. Without pictures it is the page's own reportId.
     *
     * @param pictureSha256ByName each picture's SHA-256 (hex) by its file name
     */
    public static String ofPageWithPictures(String pageSha256, Map<String, String> pictureSha256ByName) {
        if (pictureSha256ByName == null || pictureSha256ByName.isEmpty()) {
            return fromSha256(pageSha256);
        }
        StringBuilder bundle = new StringBuilder("page ").append(pageSha256).append('\n');
        new TreeMap<>(pictureSha256ByName).forEach((name, sha) -> bundle.append(name).append('\t').append(sha).append('\n'));
        return fromSha256(sha256(bundle.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
