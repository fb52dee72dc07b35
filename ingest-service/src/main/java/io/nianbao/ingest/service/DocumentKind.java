package io.nianbao.ingest.service;

/** What the bytes of a pushed document are, decided from the bytes themselves. */
public enum DocumentKind {
    TEXT("text/plain"),
    HTML("text/html"),
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    UNSUPPORTED("application/octet-stream");

    private final String mediaType;

    DocumentKind(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
