package io.nianbao.parser.read;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.model.CellEvidence;
import io.nianbao.parser.CellEvidenceCorpusTest;
import io.nianbao.parser.ReportParser;
import io.nianbao.parser.ReportWithText;

/**
 * Cell evidence for PDFs: the synthetic HTML and DOCX reports printed as PDFs (left-aligned cells, as in
 * {@link SyntheticAsPdfTest}) have evidence for every cell that points into the text read, and each located
 * cell carries the page it was printed on — checked against PDFBox's own text of that page.
 */
class CellEvidenceFromPdfTest {
    private final DocumentReader reader = new DocumentReader();
    private final ReportParser parser = new ReportParser();

    @Test
    void everyCellOfAPrintedReportPointsIntoItsPage() throws IOException {
        Path font = PdfFixtures.cjkFontFile();
        assertNotNull(font, "a CJK TrueType font is needed: apt-get install -y fonts-wqy-microhei");
        List<Path> documents = Stream.concat(TestCorpus.synthetic(".html").stream(), TestCorpus.synthetic(".docx").stream())
                .sorted().toList();
        int[] count = new int[3];
        int pagedCells = 0;
        int laterPages = 0;
        List<String> wrong = new ArrayList<>();
        for (Path document : documents) {
            ReadDocument read = reader.read(Files.readAllBytes(document), document.getFileName().toString(), null);
            byte[] pdf = SeedDocuments.pdf(SyntheticAsPdfTest.blocks(read.text()), font, false);
            ReportWithText parsed = parser.parseWithText(pdf, "printed.pdf", "application/pdf");
            JsonNode expected = JsonCodec.mapper().readTree(Files.readString(TestCorpus.expectedOf(document)));
            String name = document.getFileName() + " (PDF)";
            wrong.addAll(CellEvidenceCorpusTest.problems(name, parsed, expected, count));
            List<String> pages = pageTexts(pdf);
            for (Map.Entry<String, CellEvidence> e : parsed.report().cells.entrySet()) {
                CellEvidence ev = e.getValue();
                if (ev.offset() == null || ev.raw().isEmpty()) {
                    continue;
                }
                pagedCells++;
                Integer page = ev.page();
                if (page == null || page < 1 || page > pages.size()) {
                    wrong.add(name + " " + e.getKey() + ": page " + page + " of " + pages.size());
                } else if (!pages.get(page - 1).contains(ev.raw())) {
                    wrong.add(name + " " + e.getKey() + ": '" + ev.raw() + "' not on page " + page);
                } else if (page > 1) {
                    laterPages++;
                }
            }
        }
        System.out.printf("cell evidence of printed PDFs: %d documents, %d cells, %d with offset, %d inferred "
                + "without; %d figures on their page (%d after page 1)%n", documents.size(), count[0], count[1],
                count[2], pagedCells, laterPages);
        wrong.forEach(w -> System.out.println("    " + w));
        assertTrue(wrong.isEmpty(), wrong.size() + " cells without right evidence, e.g. "
                + wrong.subList(0, Math.min(10, wrong.size())));
        assertTrue(laterPages > 0, "no table cell was printed after page 1; the page test proves nothing");
    }

    private static List<String> pageTexts(byte[] pdf) throws IOException {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                out.add(stripper.getText(doc).replaceAll("\\s+", ""));
            }
        }
        return out;
    }
}
