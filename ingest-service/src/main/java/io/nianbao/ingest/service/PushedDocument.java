package io.nianbao.ingest.service;

/**
 * One document as it arrived, with what the pusher said about it.
 *
 * @param declaredType the Content-Type the client sent (may carry a charset), or null
 */
public record PushedDocument(byte[] content, String fileName, String declaredType, SourceHints hints) {
}
