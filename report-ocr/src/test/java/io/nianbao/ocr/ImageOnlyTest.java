package io.nianbao.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.issue.Issue;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.contracts.model.TableStatus;
import io.nianbao.ocr.render.ReportPages;
import io.nianbao.ocr.render.TableImages;
import io.nianbao.ocr.render.TemplateTables;
import io.nianbao.parser.ReportParser;
import io.nianbao.rules.ReportValidator;
import io.nianbao.testsupport.Corpus;

/** Pictures that hold no readable table stay IMAGE_ONLY with an issue; the parser without OCR is unchanged. */
class ImageOnlyTest {
    private static ParsedReport expected() throws Exception {
        return JsonCodec.readReport(Files.readString(Corpus.expectedOf(Corpus.seed("000"))));
    }

    private static byte[] photo() throws Exception {
        BufferedImage image = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        Random random = new Random(7);
        for (int i = 0; i < 400; i++) {
            g.setColor(new Color(random.nextInt(0xffffff)));
            g.fillOval(random.nextInt(300), random.nextInt(200), 5 + random.nextInt(40), 5 + random.nextInt(40));
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void unreadablePicturesLeaveTheTablesImageOnlyWithAnIssueNotACrash() throws Exception {
        ParsedReport expected = expected();
        String broken = "<p><img src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB\"></p>"; // truncated PNG
        String html = ReportPages.html(expected, ReportPages.img(photo()), broken,
                "<p><img src=\"data:image/png;base64,bm90IGFuIGltYWdl\"></p>");
        ParsedReport report = new ReportParser(OcrTestSupport.reader()).parse(html.getBytes(StandardCharsets.UTF_8), "p.html", "text/html");

        assertEquals(TableStatus.IMAGE_ONLY, report.tables.activeDisclosure.status);
        assertEquals(TableStatus.IMAGE_ONLY, report.tables.applications.status);
        assertEquals(TableStatus.IMAGE_ONLY, report.tables.reviewLitigation.status);
        assertNull(report.tables.applications.source);
        assertTrue(report.notes.stream().anyMatch(n -> n.contains("OCR")), report.notes.toString());
        List<Issue> issues = new ReportValidator().validate(report);
        assertEquals(3, issues.stream().filter(i -> i.code().equals("S_TABLE_IMAGE_ONLY")).count(), issues.toString());
    }

    @Test
    void withoutAnImageReaderPictureTablesStayImageOnly() throws Exception {
        ParsedReport expected = expected();
        byte[] t4 = TableImages.png(TemplateTables.reviewLitigation(expected.tables.reviewLitigation), 96, false, 0, 1);
        String html = ReportPages.html(expected, "", "", ReportPages.img(t4));
        ParsedReport report = new ReportParser().parse(html.getBytes(StandardCharsets.UTF_8), "p.html", "text/html");
        assertEquals(TableStatus.IMAGE_ONLY, report.tables.reviewLitigation.status);
        assertNull(report.tables.reviewLitigation.source);
    }
}
