package io.nianbao.parser.read;

/**
 * What a document is, decided from its bytes (the declared type and the file name are only hints).
 * The ingest service answers 415 when {@link #supported()} is false.
 */
public enum DocumentFormat {
    TEXT("text", true),
    HTML("html", true),
    PDF("pdf", true),
    DOCX("docx", true),
    /** Legacy Word 97-2003 (OLE2). No reader for it is on the classpath (poi-scratchpad is not available). */
    DOC("doc", false),
    /** Images, archives that are not DOCX, executables, other binaries. */
    UNSUPPORTED("unknown", false);

    private final String label;
    private final boolean supported;

    DocumentFormat(String label, boolean supported) {
        this.label = label;
        this.supported = supported;
    }

    /** The value written to {@link ReadDocument#format()}. */
    public String label() {
        return label;
    }

    public boolean supported() {
        return supported;
    }
}
