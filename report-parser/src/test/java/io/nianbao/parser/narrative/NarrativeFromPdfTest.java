package io.nianbao.parser.narrative;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.model.NarrativeFigure;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.parser.read.DocumentReader;
import io.nianbao.parser.read.ReadDocument;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The prose of a seed printed into a real PDF, hard-wrapped every 37 characters as a PDF page would
 * (so that quotes are cut across lines, "被纠正\n10起"), then read back with the DocumentReader: every
 * expected figure must still be found, and none may contradict an expected one.
 */
class NarrativeFromPdfTest {

    private static final int LINE_CHARS = 37;
    private static final List<String> CJK_FONTS = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

    @ParameterizedTest
    @ValueSource(strings = {"000_51f17e08e942b61d", "001_5d0e5e980a792ac5", "002_3fa0ebe6e4ac208e",
            "003_366af1f41c4848f0", "004_0df6504b60ce4280"})
    void seedProseWrappedInAPdfGivesTheSameFigures(String seed) throws IOException {
        Path font = CJK_FONTS.stream().map(Path::of).filter(Files::isRegularFile).findFirst().orElse(null);
        assumeTrue(font != null, "a CJK TrueType font is needed to print the PDF: apt-get install -y fonts-wqy-microhei");
        Path seeds = NarrativeCorpusTest.corpus().resolve("seeds");
        String text = Files.readString(seeds.resolve(seed + ".txt"));
        byte[] pdf = print(text, font);

        ReadDocument read = new DocumentReader().read(pdf, seed + ".pdf", "application/pdf");
        assertEquals("pdf", read.format());
        List<NarrativeFigure> figures = new NarrativeExtractor().extract(read.text());

        ParsedReport expected = JsonCodec.readReport(Files.readString(seeds.resolve(seed + ".expected.json")));
        Set<String> emitted = new TreeSet<>();
        figures.forEach(f -> emitted.add(f.metric + "=" + f.value.longValue()));
        Set<String> missing = new TreeSet<>();
        Set<String> contradicting = new TreeSet<>();
        for (NarrativeFigure e : expected.narrative) {
            String pair = e.metric + "=" + e.value.longValue();
            if (!emitted.contains(pair)) {
                missing.add(pair);
            }
            figures.stream().filter(f -> f.metric.equals(e.metric) && f.value.longValue() != e.value.longValue())
                    .forEach(f -> contradicting.add(f.metric + "=" + f.value + " «" + f.quote + "»"));
        }
        assertEquals(Set.of(), missing, "figures lost in the PDF");
        assertEquals(Set.of(), contradicting, "figures that contradict the expected ones");
        long wrapped = figures.stream().filter(f -> f.quote.contains("\n")).count();
        System.out.printf("[narrative] %s as PDF: %d figures, %d of them quoted across a line break%n",
                seed, figures.size(), wrapped);
        for (NarrativeFigure f : figures) {
            assertEquals(f.quote, read.text().substring(f.offset, f.offset + f.quote.length()));
        }
    }

    /** every line of the text, wrapped at {@link #LINE_CHARS} characters, on A4 pages */
    private static byte[] print(String text, Path fontFile) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            String printable = line.replace('\t', ' ').strip();
            for (int i = 0; i < printable.length(); i += LINE_CHARS) {
                lines.add(printable.substring(i, Math.min(printable.length(), i + LINE_CHARS)));
            }
        }
        try (PDDocument doc = new PDDocument()) {
            PDFont font = load(doc, fontFile);
            float size = 12;
            float leading = 18;
            int perPage = (int) ((PDRectangle.A4.getHeight() - 100) / leading);
            for (int start = 0; start < lines.size(); start += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = PDRectangle.A4.getHeight() - 50;
                    for (String line : lines.subList(start, Math.min(lines.size(), start + perPage))) {
                        cs.beginText();
                        cs.setFont(font, size);
                        cs.newLineAtOffset(50, y);
                        cs.showText(printable(font, line));
                        cs.endText();
                        y -= leading;
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** drops the few characters the font has no glyph for (web-page chrome symbols) */
    private static String printable(PDFont font, String line) {
        StringBuilder out = new StringBuilder();
        line.codePoints().forEach(cp -> {
            String s = new String(Character.toChars(cp));
            try {
                font.encode(s);
                out.append(s);
            } catch (IOException | IllegalArgumentException e) {
                // no glyph: leave it out
            }
        });
        return out.toString();
    }

    private static PDFont load(PDDocument doc, Path file) throws IOException {
        if (file.toString().endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(font -> {
                if (first[0] == null) {
                    first[0] = font;
                }
            });
            return PDType0Font.load(doc, first[0], true);
        }
        return PDType0Font.load(doc, file.toFile());
    }
}
