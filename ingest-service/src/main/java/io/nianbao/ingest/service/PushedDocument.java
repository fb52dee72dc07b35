package io.nianbao.ingest.service;

import java.util.List;

/**
 * One document as it arrived, with what the pusher said about it.
 *
 * @param declaredType the Content-Type the client sent (may carry a charset), or null
 * @param pictures     pictures that go with an HTML page (uploaded with it or fetched next to it); empty otherwise
 */
public record PushedDocument(byte[] content, String fileName, String declaredType, SourceHints hints,
        List<Picture> pictures) {

    public PushedDocument {
        pictures = pictures == null ? List.of() : List.copyOf(pictures);
    }

    public PushedDocument(byte[] content, String fileName, String declaredType, SourceHints hints) {
        this(content, fileName, declaredType, hints, List.of());
    }

    /** the page and its pictures together, the size that counts against the document limit */
    public long totalBytes() {
        long total = content == null ? 0 : content.length;
        for (Picture picture : pictures) {
            total += picture.content().length;
        }
        return total;
    }
}
