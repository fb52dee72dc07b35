package io.nianbao.parser.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns document bytes into a {@link ReadDocument}: detects the format from the bytes, decodes text in
 * any common Chinese encoding, and writes HTML, DOCX and PDF tables as TAB-separated grids (see the
 * contract on {@link ReadDocument}). Never throws: unreadable input gives empty text, format "unknown"
 * and a note. Stateless and thread-safe.
 */
public class DocumentReader {

    /** Larger inputs are not reports; refusing them keeps one upload from taking the service down. */
    static final int MAX_BYTES = 64 * 1024 * 1024;

    /** The format of a document, from its bytes; the ingest service answers 415 when it is not supported. */
    public static DocumentFormat detectFormat(byte[] content, String fileName, String contentType) {
        try {
            return FormatDetector.detect(content == null ? new byte[0] : content, fileName, contentType);
        } catch (RuntimeException e) {
            return DocumentFormat.UNSUPPORTED;
        }
    }

    public ReadDocument read(byte[] content, String fileName, String contentType) {
        List<String> notes = new ArrayList<>();
        if (content == null) {
            content = new byte[0];
        }
        if (content.length > MAX_BYTES) {
            notes.add("文件过大（" + content.length / (1024 * 1024) + " MB），未读取");
            return unknown(notes);
        }
        DocumentFormat format = detectFormat(content, fileName, contentType);
        try {
            return switch (format) {
                case TEXT -> text(content, notes);
                case HTML -> html(content, notes);
                case DOCX -> new ReadDocument(DocxReader.read(content, notes), format.label(), null, true, notes);
                case PDF -> {
                    PdfReader.PagedText pdf = PdfReader.readPaged(content, notes);
                    yield new ReadDocument(pdf.text(), format.label(), null, true, notes, pdf.pageStarts());
                }
                case DOC -> {
                    notes.add("不支持旧版Word（.doc）格式，请另存为DOCX或PDF后再提交");
                    yield new ReadDocument("", format.label(), null, true, notes);
                }
                case UNSUPPORTED -> {
                    notes.add("无法识别的文件格式（不是文本、HTML、PDF或DOCX）");
                    yield unknown(notes);
                }
            };
        } catch (Exception | StackOverflowError | NoClassDefFoundError e) {
            // a broken or hostile file (truncated PDF, zip bomb refused by POI, malformed XML …)
            notes.add("无法读取" + format.label().toUpperCase(java.util.Locale.ROOT) + "文件：" + reason(e));
            return unknown(notes);
        }
    }

    private static ReadDocument text(byte[] content, List<String> notes) {
        DecodedText decoded = TextDecoder.decode(content, false);
        notes.addAll(decoded.notes());
        return new ReadDocument(decoded.text(), DocumentFormat.TEXT.label(), decoded.charset(), decoded.sure(), notes);
    }

    private static ReadDocument html(byte[] content, List<String> notes) {
        DecodedText decoded = TextDecoder.decode(content, true);
        notes.addAll(decoded.notes());
        return new ReadDocument(HtmlReader.read(decoded.text()), DocumentFormat.HTML.label(), decoded.charset(),
                decoded.sure(), notes);
    }

    private static ReadDocument unknown(List<String> notes) {
        return new ReadDocument("", DocumentFormat.UNSUPPORTED.label(), null, false, notes);
    }

    private static String reason(Throwable e) {
        String message = e.getMessage();
        String text = e.getClass().getSimpleName() + (message == null ? "" : " " + message);
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
