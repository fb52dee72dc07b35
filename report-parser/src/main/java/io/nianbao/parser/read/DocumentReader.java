package io.nianbao.parser.read;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns document bytes into a {@link ReadDocument}. FIRST VERSION: plain text in UTF-8 or GB18030
 * only; HTML, DOCX, PDF and encoding detection arrive with the inputs work.
 */
public class DocumentReader {

    public ReadDocument read(byte[] content, String fileName, String contentType) {
        List<String> notes = new ArrayList<>();
        String text;
        String charset;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            charset = "UTF-8";
        } catch (CharacterCodingException e) {
            text = new String(content, Charset.forName("GB18030"));
            charset = "GB18030";
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return new ReadDocument(text, "text", charset, true, notes);
    }
}
