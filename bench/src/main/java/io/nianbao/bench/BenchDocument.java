package io.nianbao.bench;

import java.nio.charset.Charset;

/**
 * One document the benchmark feeds to the parser.
 *
 * @param name    file name (also the parser's format hint)
 * @param bytes   the document exactly as it would be pushed
 * @param format  the format the parser's reader detected ("text", "html", "docx" …)
 * @param charset the encoding the reader decoded it with; null for binary formats (DOCX, PDF), which have no
 *                bare-text or bare-jsoup baseline
 */
public record BenchDocument(String name, byte[] bytes, String format, Charset charset) {

    public boolean textual() {
        return charset != null;
    }

    /** The document decoded the way the baselines decode it (the charset the parser found, known up front). */
    public String decoded() {
        return new String(bytes, charset);
    }
}
