package io.nianbao.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.ocr.render.TableImages;
import io.nianbao.ocr.render.TemplateTables;
import io.nianbao.testsupport.Corpus;

/**
 * How a table picture is made ready before any reading (no tesseract here): the lean of a scan measured finely
 * enough, rules found although specks broke them and rotation left them faint, and print told from specks.
 */
class PictureGeometryTest {

    private static ParsedReport seed000() throws Exception {
        return JsonCodec.readReport(Files.readString(Corpus.expectedOf(Corpus.seed("000"))));
    }

    @Test
    void theLeanOfAPictureIsMeasuredToAFiftiethOfADegree() throws Exception {
        ParsedReport r = seed000();
        for (double degrees : new double[] {0.46, -0.34}) {
            byte[] png = TableImages.png(TemplateTables.applications(r.tables.applications), 150, false, degrees, 1);
            Gray g = Gray.of(ImageIO.read(new ByteArrayInputStream(png)));
            double skew = g.skew(g.ink(g.otsu()));
            // to a tenth only, 0.46 would be taken as 0.5: 3 pixels askew over a table enlarged to 2 000 pixels
            assertEquals(degrees, skew, 0.025, "skew of a picture turned by " + degrees + "°");
        }
        Gray straight = Gray.of(ImageIO.read(new ByteArrayInputStream(
                TableImages.png(TemplateTables.applications(r.tables.applications), 150, false, 0, 1))));
        assertEquals(0.0, straight.skew(straight.ink(straight.otsu())), 1e-9, "a straight picture stays straight");
    }

    @Test
    void aRuleBrokenIntoShortPiecesStillSeparatesTheRows() {
        int size = 600;
        boolean[] ink = new boolean[size * size];
        int[] at = {20, 200, 380, 560};
        for (int line : at) {
            for (int i = 20; i <= 560; i++) {
                // the rule at y = 200 has a gap of two pixels every 20: pieces shorter than a rule-long run
                boolean gap = line == 200 && i % 20 < 2;
                ink[line * size + i] = !gap;
                ink[i * size + line] = true;
            }
        }
        RuledGrid grid = RuledGrid.find(ink, size, size);
        assertNotNull(grid);
        assertEquals(3, grid.bands.size(), "three rows");
        for (int b = 0; b < 3; b++) {
            assertEquals(3, grid.bands.get(b).cells().size(), "three cells in row " + b);
            for (int c = 0; c < 3; c++) {
                assertEquals(1, grid.rowSpan(b, c), "no cell merged over rows: row " + b + " cell " + c);
            }
        }
    }

    @Test
    void theRulesOfASpeckledTurnedPictureCutEveryFigureCellApart() throws Exception {
        ParsedReport r = seed000();
        for (double degrees : new double[] {0.7, -0.9}) {
            byte[] png = TableImages.png(TemplateTables.applications(r.tables.applications), 150, true, degrees, 3);
            PreparedImage prepared = PreparedImage.of(png);
            assertNotNull(prepared.grid);
            // Table 3 as the template draws it: three heading rows and 23 rows of a label and seven figures
            assertEquals(26, prepared.grid.bands.size(), "rows at " + degrees + "°");
            List<String> merged = new ArrayList<>();
            for (int b = 3; b < 26; b++) {
                int cells = prepared.grid.bands.get(b).cells().size();
                for (int c = cells - 7; c < cells; c++) {
                    if (prepared.grid.rowSpan(b, c) != 1) {
                        merged.add(b + "/" + c + " spans " + prepared.grid.rowSpan(b, c));
                    }
                }
            }
            assertEquals(List.of(), merged, "figure cells merged with a neighbour at " + degrees + "°");
        }
    }

    @Test
    void printStandsTallerThanSpecks() {
        BufferedImage image = new BufferedImage(200, 60, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 60);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(TableImages.font(PreparedImage.TARGET_CHAR_PX));
        g.drawString("0", 20, 45);
        for (int x = 110; x < 190; x += 9) {
            g.fillRect(x, 10 + (x % 40), 3, 3); // specks scattered over the right half
        }
        g.dispose();
        Gray gray = Gray.of(image);
        int threshold = gray.otsu();
        int digit = gray.tallestBlot(new int[] {0, 0, 100, 60}, threshold);
        int specks = gray.tallestBlot(new int[] {100, 0, 200, 60}, threshold);
        assertTrue(digit >= PreparedImage.TARGET_CHAR_PX / 3, "a 0 is print: " + digit);
        assertTrue(specks < PreparedImage.TARGET_CHAR_PX / 3, "specks are not: " + specks);
    }
}
