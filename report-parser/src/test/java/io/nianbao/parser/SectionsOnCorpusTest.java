package io.nianbao.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.nianbao.contracts.model.ParsedReport;

/** Which of the six parts the parser finds, on documents whose parts are known. */
class SectionsOnCorpusTest {
    private static final List<Integer> ALL = List.of(1, 2, 3, 4, 5, 6);
    private final ReportParser parser = new ReportParser();

    @Test
    void everySyntheticReportHasAllSixParts() throws IOException {
        for (Path doc : CorpusFiles.documents(CorpusFiles.root().resolve("synthetic"))) {
            assertEquals(ALL, parser.parse(doc).sections, doc.toString());
        }
    }

    @Test
    void seedsWithoutPartSixAreSeen() throws IOException {
        for (Path doc : CorpusFiles.documents(CorpusFiles.root().resolve("seeds"))) {
            String name = doc.getFileName().toString();
            // seeds 001 and 004 end after part 五 (see their texts); the others have all six parts
            List<Integer> expected = name.startsWith("001_") || name.startsWith("004_") ? List.of(1, 2, 3, 4, 5) : ALL;
            assertEquals(expected, parser.parse(doc).sections, name);
        }
    }

    @Test
    void aPartWithoutHeadingIsMissing() {
        String text = String.join("\n", "某县人民政府2020年政府信息公开工作年度报告", "一、总体情况", "正文。",
                "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "五、存在的主要问题及改进情况", "正文。");
        ParsedReport report = parser.parseText(text);
        assertEquals(List.of(1, 2, 3, 5), report.sections);
    }

    @Test
    void aScannedPdfHasImageOnlyTables() throws IOException {
        // a PDF whose single page holds a picture and no text, as a scanner makes it
        try (var pdf = new org.apache.pdfbox.pdmodel.PDDocument()) {
            var page = new org.apache.pdfbox.pdmodel.PDPage();
            pdf.addPage(page);
            var picture = new java.awt.image.BufferedImage(400, 300, java.awt.image.BufferedImage.TYPE_INT_RGB);
            var image = org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(pdf, picture);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(pdf, page)) {
                content.drawImage(image, 50, 300, 400, 300);
            }
            Path file = Files.createTempFile("scan", ".pdf");
            pdf.save(file.toFile());
            ParsedReport report = parser.parse(file);
            Files.delete(file);
            assertEquals("IMAGE_ONLY", report.tables.applications.status.name(), String.valueOf(report.notes));
        }
    }
}
