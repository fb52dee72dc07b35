package io.nianbao.parser.read;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** Damaged documents of every format: the reader answers with text or a note, never an exception. */
class NeverThrowsTest {

    private static final Set<String> FORMATS = Set.of("text", "html", "docx", "pdf", "doc", "unknown");
    private final DocumentReader reader = new DocumentReader();

    @Test
    void randomlyDamagedDocumentsAreReadWithoutAnException() throws IOException {
        Random random = new Random(20251126);
        for (byte[] original : List.of(docx(), html(), pdf())) {
            for (int round = 0; round < 25; round++) {
                byte[] damaged = original.clone();
                int flips = 1 + random.nextInt(40);
                for (int i = 0; i < flips; i++) {
                    damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
                }
                if (round % 5 == 0) {
                    damaged = java.util.Arrays.copyOf(damaged, random.nextInt(damaged.length));
                }
                byte[] input = damaged;
                ReadDocument read = assertDoesNotThrow(() -> reader.read(input, "x", null));
                assertNotNull(read.text());
                assertTrue(FORMATS.contains(read.format()), read.format());
                assertTrue(!read.format().equals("unknown") || !read.notes().isEmpty(), "an unreadable input needs a note");
            }
        }
    }

    private static byte[] docx() throws IOException {
        return Files.readAllBytes(TestCorpus.synthetic(".docx").get(0));
    }

    private static byte[] html() throws IOException {
        return Files.readAllBytes(TestCorpus.synthetic(".html").get(0));
    }

    private static byte[] pdf() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                PdfFixtures.text(cs, new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10, 50, 700, "Row 1   12   34");
            }
            return PdfFixtures.save(doc);
        }
    }

}
