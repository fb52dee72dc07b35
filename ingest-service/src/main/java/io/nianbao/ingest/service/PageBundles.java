package io.nianbao.ingest.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.nianbao.parser.read.DocumentFormat;
import io.nianbao.parser.read.DocumentImages;
import io.nianbao.parser.read.DocumentReader;

/**
 * Which pictures of a request an HTML page refers to. The question is put to the parser's own
 * {@link DocumentImages} (an {@code <img src|data-src>} matched by base name: the path after the last '/', query
 * and fragment dropped), so ingest attaches exactly the pictures parse-service will find and no other.
 */
public final class PageBundles {
    private PageBundles() {}

    /**
     * @param picturesByName the request's pictures by file name
     * @return the pictures the page refers to, in the order the page shows them; empty for a page that is not HTML
     */
    public static List<Picture> referencedBy(byte[] page, String fileName, String declaredType,
            Map<String, Picture> picturesByName) {
        if (picturesByName.isEmpty()
                || DocumentReader.detectFormat(page, fileName, declaredType) != DocumentFormat.HTML) {
            return List.of();
        }
        Map<String, byte[]> bytesByName = new LinkedHashMap<>();
        picturesByName.forEach((name, picture) -> bytesByName.put(name, picture.content()));
        Map<String, Picture> found = new LinkedHashMap<>();
        for (DocumentImages.Image image : DocumentImages.of(page, fileName, declaredType, bytesByName)) {
            Picture picture = picturesByName.get(image.name());
            // the very bytes handed in: an inline data: picture is never taken for an uploaded one
            if (picture != null && image.bytes() == picture.content()) {
                found.putIfAbsent(image.name(), picture);
            }
        }
        return new ArrayList<>(found.values());
    }

    /** the name a page's {@code <img src>} would use for an uploaded file: its base name */
    public static String baseName(String fileName) {
        if (fileName == null) {
            return "";
        }
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        return fileName.substring(slash + 1);
    }
}
