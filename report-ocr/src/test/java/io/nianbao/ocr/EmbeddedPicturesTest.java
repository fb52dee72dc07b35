package io.nianbao.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.contracts.model.ReviewLitigation;
import io.nianbao.contracts.model.TableStatus;
import io.nianbao.ocr.render.TableImages;
import io.nianbao.ocr.render.TemplateTables;
import io.nianbao.parser.ReportParser;
import io.nianbao.testsupport.Corpus;
import java.util.List;
import io.nianbao.ocr.measure.CellTally;

/** Table pictures embedded in a Word document and drawn on a PDF page are read as well as inline HTML ones. */
class EmbeddedPicturesTest {
    private static final String HEADING = "四、政府信息公开行政复议、行政诉讼情况";

    private static ParsedReport expected() throws Exception {
        return JsonCodec.readReport(Files.readString(Corpus.expectedOf(Corpus.seed("002"))));
    }

    private static byte[] table4(ParsedReport expected) {
        return TableImages.png(TemplateTables.reviewLitigation(expected.tables.reviewLitigation), 150, false, 0, 5);
    }

    private static void assertTable4(ParsedReport expected, ParsedReport report) {
        ReviewLitigation t = report.tables.reviewLitigation;
        assertEquals(TableStatus.PRESENT, t.status, report.notes.toString());
        assertEquals("OCR", t.source);
        assertEquals(expected.tables.reviewLitigation.administrativeReview, t.administrativeReview);
        assertEquals(expected.tables.reviewLitigation.litigationDirect, t.litigationDirect);
        assertEquals(expected.tables.reviewLitigation.litigationAfterReview, t.litigationAfterReview);
        assertNotNull(report.cells.get("reviewLitigation.litigationDirect[4]").confidence());
    }

    @Test
    void aPictureInAWordDocument() throws Exception {
        ParsedReport expected = expected();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText(expected.organization + expected.year + "年政府信息公开工作年度报告");
            doc.createParagraph().createRun().setText(HEADING);
            doc.createParagraph().createRun().addPicture(new ByteArrayInputStream(table4(expected)), Document.PICTURE_TYPE_PNG,
                    "table4.png", Units.toEMU(450), Units.toEMU(100));
            doc.createParagraph().createRun().setText("五、存在的主要问题及改进情况");
            doc.write(out);
        }
        ParsedReport report = new ReportParser(OcrTestSupport.reader()).parse(out.toByteArray(), "report.docx", null);
        assertTable4(expected, report);
    }

    @Test
    void aPictureOnAPdfPage() throws Exception {
        ParsedReport expected = expected();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDFont font = cjkFont(doc);
            PDImageXObject image = PDImageXObject.createFromByteArray(doc, table4(expected), "table4.png");
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(font, 12);
                content.newLineAtOffset(50, 780);
                content.showText(expected.organization + expected.year + "年政府信息公开工作年度报告");
                content.newLineAtOffset(0, -30);
                content.showText(HEADING);
                content.endText();
                float width = 500;
                float height = width * image.getHeight() / image.getWidth();
                content.drawImage(image, 50, 700 - height, width, height);
                content.beginText();
                content.setFont(font, 12);
                content.newLineAtOffset(50, 680 - height);
                content.showText("五、存在的主要问题及改进情况");
                content.endText();
            }
            doc.save(out);
        }
        ParsedReport report = new ReportParser(OcrTestSupport.reader()).parse(out.toByteArray(), "report.pdf", null);
        assertTable4(expected, report);
    }

    @Test
    void aScannedPdfWhosePagesAreTablePictures() throws Exception {
        ParsedReport expected = expected();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            for (byte[] png : List.of(
                    TableImages.png(TemplateTables.activeDisclosure(expected.tables.activeDisclosure), 150, false, 0, 2),
                    TableImages.png(TemplateTables.applications(expected.tables.applications), 150, false, 0, 3),
                    table4(expected))) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDImageXObject image = PDImageXObject.createFromByteArray(doc, png, "table.png");
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    float width = 500;
                    float height = width * image.getHeight() / image.getWidth();
                    content.drawImage(image, 50, 800 - height, width, height);
                }
            }
            doc.save(out);
        }
        ParsedReport report = new ReportParser(OcrTestSupport.reader()).parse(out.toByteArray(), "scan.pdf", null);
        CellTally tally = CellTally.compare(expected, report);
        System.out.println("scanned PDF: " + tally.equal() + "/" + tally.cells() + " " + tally.wrong() + " notes " + report.notes);
        assertEquals(TableStatus.PRESENT, report.tables.applications.status, report.notes.toString());
        assertEquals(List.of(), tally.wrong(), "every cell of the three tables");
        assertTable4(expected, report);
    }

    private static PDFont cjkFont(PDDocument doc) throws Exception {
        Path file = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
        TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
        TrueTypeFont[] first = new TrueTypeFont[1];
        collection.processAllFonts(f -> {
            if (first[0] == null) {
                first[0] = f;
            }
        });
        return PDType0Font.load(doc, first[0], true);
    }
}
