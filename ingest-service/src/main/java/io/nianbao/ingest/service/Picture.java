package io.nianbao.ingest.service;

/**
 * A picture going with an HTML page.
 *
 * @param fileName the base name the page's {@code <img src>} uses for it: how the parser finds it
 */
public record Picture(String fileName, PictureKind kind, byte[] content) {
}
