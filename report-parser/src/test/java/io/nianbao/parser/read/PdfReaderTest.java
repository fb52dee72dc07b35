package io.nianbao.parser.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

class PdfReaderTest {

    private final DocumentReader reader = new DocumentReader();

    @Test
    void columnsPrintedSideBySideBecomeCellsAndProseKeepsItsSpaces() throws Exception {
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                PdfFixtures.text(cs, font, 11, 50, 780, "In 2020 we received 1441 requests in total.");
                float y = 740;
                for (String[] row : new String[][] {
                        {"Applicant", "Natural", "Business", "Research", "Total"},
                        {"New requests", "1344", "71", "7", "1441"},
                        {"Carried over", "10", "0", "0", "10"}}) {
                    PdfFixtures.text(cs, font, 10, 50, y, row[0]);
                    for (int c = 1; c < row.length; c++) {
                        PdfFixtures.text(cs, font, 10, 150 + 70 * c, y, row[c]);
                    }
                    y -= 16;
                }
            }
            pdf = PdfFixtures.save(doc);
        }
        ReadDocument read = reader.read(pdf, "report.pdf", "application/pdf");
        assertEquals("pdf", read.format(), read.notes().toString());
        assertEquals(List.of(
                "In 2020 we received 1441 requests in total.",
                "Applicant\tNatural\tBusiness\tResearch\tTotal",
                "New requests\t1344\t71\t7\t1441",
                "Carried over\t10\t0\t0\t10"), read.text().lines().toList());
        assertTrue(read.notes().isEmpty(), read.notes().toString());
    }

    @Test
    void chineseTableCellsAreSeparatedAndProseIsOneLine() throws Exception {
        Path fontFile = PdfFixtures.cjkFontFile();
        assertNotNull(fontFile, "a CJK TrueType font is needed: apt-get install -y fonts-wqy-microhei");
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDFont font = PdfFixtures.loadCjkFont(doc, fontFile);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                PdfFixtures.text(cs, font, 12, 50, 780, "三、收到和处理政府信息公开申请情况");
                PdfFixtures.text(cs, font, 10, 50, 750, "一、本年新收政府信息公开申请数量");
                String[] numbers = {"1344", "71", "7", "2", "15", "2", "1441"};
                for (int i = 0; i < numbers.length; i++) {
                    PdfFixtures.text(cs, font, 10, 300 + 40 * i, 750, numbers[i]);
                }
            }
            pdf = PdfFixtures.save(doc);
        }
        ReadDocument read = reader.read(pdf, "r.pdf", null);
        assertEquals(List.of("三、收到和处理政府信息公开申请情况",
                "一、本年新收政府信息公开申请数量\t1344\t71\t7\t2\t15\t2\t1441"), read.text().lines().toList());
    }

    @Test
    void blankCellsKeepTheirColumnInsideATable() throws Exception {
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            String[][] rows = {
                    {"Group", "Applicants", "", "", "Total"},     // a header spanning three columns
                    {"", "Natural", "Business", "Other", ""},
                    {"Granted", "12", "3", "1", "16"},
                    {"Denied", "", "2", "", "2"},                // blank cells in the middle
                    {"Withdrawn", "1", "", "", ""}};            // blank cells at the end
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                PdfFixtures.text(cs, font, 11, 50, 790, "Table three");
                float y = 760;
                for (String[] row : rows) {
                    for (int c = 0; c < row.length; c++) {
                        if (!row[c].isEmpty()) {
                            PdfFixtures.text(cs, font, 10, 50 + 90 * c, y, row[c]);
                        }
                    }
                    y -= 16;
                }
            }
            pdf = PdfFixtures.save(doc);
        }
        assertEquals(List.of(
                "Table three",
                "Group\tApplicants\t\t\tTotal",
                "\tNatural\tBusiness\tOther\t",
                "Granted\t12\t3\t1\t16",
                "Denied\t\t2\t\t2",
                "Withdrawn\t1\t\t\t"), reader.read(pdf, "t.pdf", null).text().lines().toList());
    }

    @Test
    void aScannedPdfYieldsImageLinesAndANote() throws Exception {
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            for (int p = 0; p < 2; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDImageXObject image = LosslessFactory.createFromImage(doc, new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB));
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(image, 20, 20, 555, 800);
                }
            }
            pdf = PdfFixtures.save(doc);
        }
        ReadDocument read = reader.read(pdf, "scan.pdf", null);
        assertEquals("pdf", read.format());
        assertTrue(read.notes().contains(PdfReader.NOTE_SCANNED), read.notes().toString());
        assertTrue(read.noTextLayer());
        List<String> lines = read.text().lines().toList();
        assertEquals(PdfReader.NOTE_SCANNED, lines.get(0));
        assertEquals(2, lines.stream().filter(l -> l.startsWith("[image] p")).count(), lines.toString());
        assertTrue(lines.get(1).matches("\\[image\\] p1-\\w+\\.png"), lines.get(1));
    }

    @Test
    void aTablePublishedAsAPictureBelowItsHeadingIsAnImageLineInPlace() throws Exception {
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDImageXObject table = LosslessFactory.createFromImage(doc, new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB));
            PDImageXObject logo = LosslessFactory.createFromImage(doc, new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB));
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(logo, 20, 800, 20, 20);
                PdfFixtures.text(cs, font, 12, 50, 780, "Section three");
                cs.drawImage(table, 50, 450, 450, 300);
                PdfFixtures.text(cs, font, 12, 50, 420, "Section four");
            }
            pdf = PdfFixtures.save(doc);
        }
        List<String> lines = reader.read(pdf, "r.pdf", null).text().lines().toList();
        assertEquals(3, lines.size(), lines.toString());
        assertEquals("Section three", lines.get(0));
        assertTrue(lines.get(1).matches("\\[image\\] p1-\\w+\\.png"), lines.get(1));
        assertEquals("Section four", lines.get(2));
    }

    @Test
    void truncatedAndJunkPdfsYieldANoteNotAnException() throws Exception {
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            pdf = PdfFixtures.save(doc);
        }
        for (byte[] bad : List.of(
                Arrays.copyOf(pdf, pdf.length / 3),
                "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF".getBytes(StandardCharsets.ISO_8859_1),
                "%PDF-".getBytes(StandardCharsets.ISO_8859_1))) {
            ReadDocument read = reader.read(bad, "bad.pdf", null);
            assertFalse(read.notes().isEmpty(), "a note is expected for a broken PDF");
            assertTrue(read.text().isEmpty() || read.format().equals("pdf"), read.text());
        }
    }
}
