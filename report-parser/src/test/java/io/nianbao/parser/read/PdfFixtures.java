package io.nianbao.parser.read;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Builds PDFs for the tests with PDFBox, and finds a CJK TrueType font installed on the machine. */
final class PdfFixtures {

    /** Debian: fonts-wqy-microhei / fonts-wqy-zenhei (TrueType outlines, which PDFBox can embed). */
    private static final List<String> CJK_FONTS = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

    private PdfFixtures() {
    }

    static Path cjkFontFile() {
        String override = System.getenv("NIANBAO_CJK_FONT");
        if (override != null && Files.isRegularFile(Path.of(override))) {
            return Path.of(override);
        }
        return CJK_FONTS.stream().map(Path::of).filter(Files::isRegularFile).findFirst().orElse(null);
    }

    /** Loads the first font of a collection (or the font file) and embeds it as a subset. */
    static PDFont loadCjkFont(PDDocument doc, Path file) throws IOException {
        if (file.toString().endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(font -> {
                if (first[0] == null) {
                    first[0] = font;
                }
            });
            return PDType0Font.load(doc, first[0], true); // the collection stays open until the JVM ends: fine in tests
        }
        return PDType0Font.load(doc, new File(file.toString()));
    }

    static void text(PDPageContentStream cs, PDFont font, float size, float x, float y, String text) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
