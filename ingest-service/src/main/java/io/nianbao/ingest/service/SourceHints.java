package io.nianbao.ingest.service;

/** What the query string said about a pushed document; used downstream only where the document is silent. */
public record SourceHints(String organization, Integer year, String sourceUrl, String batchId) {

    public static SourceHints none() {
        return new SourceHints(null, null, null, null);
    }

    public SourceHints withSourceUrl(String url) {
        return new SourceHints(organization, year, url, batchId);
    }
}
