package io.nianbao.parser.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.contracts.model.TableStatus;
import io.nianbao.parser.ReportParser;

/**
 * The seeds' tables rendered into a PDF (PDFBox, CJK font) and a DOCX (POI, merged label cells): every
 * table row must come back from the reader with the same cells in the same order, and the whole parse
 * must reproduce the expected table fields.
 */
class SeedRenderingTest {

    private final DocumentReader reader = new DocumentReader();
    private final ReportParser parser = new ReportParser();

    /** Seeds whose three tables are all PRESENT (the others are EMPTY or IMAGE_ONLY: nothing to render). */
    static Stream<Path> seedsWithTables() throws IOException {
        try (Stream<Path> files = Files.list(TestCorpus.root().resolve("seeds"))) {
            return files.filter(p -> p.toString().endsWith(".expected.json")).sorted()
                    .filter(p -> {
                        ParsedReport r = expected(p);
                        return r.tables.activeDisclosure.status == TableStatus.PRESENT
                                && r.tables.applications.status == TableStatus.PRESENT
                                && r.tables.reviewLitigation.status == TableStatus.PRESENT;
                    }).toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("seedsWithTables")
    void pdfRenderingOfASeedReadsBackRowByRow(Path expectedJson) throws IOException {
        Path font = PdfFixtures.cjkFontFile();
        assertNotNull(font, "a CJK TrueType font is needed: apt-get install -y fonts-wqy-microhei");
        ParsedReport expected = expected(expectedJson);
        List<SeedRendering.Block> blocks = SeedRendering.blocks(expected);
        byte[] pdf = SeedDocuments.pdf(blocks, font);
        check("PDF", expectedJson, expected, blocks, pdf);
    }

    @ParameterizedTest
    @MethodSource("seedsWithTables")
    void docxRenderingOfASeedReadsBackRowByRow(Path expectedJson) throws IOException {
        ParsedReport expected = expected(expectedJson);
        List<SeedRendering.Block> blocks = SeedRendering.blocks(expected);
        byte[] docx = SeedDocuments.docx(blocks);
        check("DOCX", expectedJson, expected, blocks, docx);
    }

    private void check(String kind, Path name, ParsedReport expected, List<SeedRendering.Block> blocks, byte[] document) {
        ReadDocument read = reader.read(document, "seed." + kind.toLowerCase(), null);
        assertEquals(kind.toLowerCase(), read.format(), read.notes().toString());
        Set<List<String>> lines = read.text().lines().map(SeedRenderingTest::filledCells).collect(Collectors.toSet());
        int rows = 0;
        int found = 0;
        for (SeedRendering.Block block : blocks) {
            if (block.table() != null) {
                for (List<String> row : block.table()) {
                    rows++;
                    if (lines.contains(filledCells(String.join("\t", row)))) {
                        found++;
                    }
                }
            }
        }
        ParsedReport parsed = parser.parse(document, "seed." + kind.toLowerCase(), null);
        int[] fields = compareTables(expected, parsed);
        System.out.printf("%s %s: reader rows %d/%d, parsed table fields %d/%d%n",
                kind, name.getFileName(), found, rows, fields[0], fields[1]);
        assertEquals(rows, found, kind + " rows read back unchanged; text was:\n" + read.text());
        assertEquals(fields[1], fields[0], kind + " table fields reproduced by the whole parse");
    }

    /** The encodings: a seed text pushed in GBK, or converted to Traditional and pushed in Big5. */
    @ParameterizedTest
    @MethodSource("seedsWithTables")
    void gbkAndBig5EncodingsOfASeedParseToTheSameTables(Path expectedJson) throws IOException {
        String name = expectedJson.getFileName().toString().replace(".expected.json", ".txt");
        // GBK and Big5 have no NO-BREAK SPACE (a seed copied from a web page has some): a document in those
        // encodings holds a plain space there, which is what the encoder must be given
        String text = Files.readString(expectedJson.resolveSibling(name)).replace('\u00A0', ' ');
        ParsedReport expected = expected(expectedJson);
        String traditional = com.github.houbb.opencc4j.util.ZhConverterUtil.toTraditional(text);
        for (Map.Entry<String, byte[]> e : Map.of(
                "GBK", text.getBytes(java.nio.charset.Charset.forName("GBK")),
                "Big5", traditional.getBytes(java.nio.charset.Charset.forName("Big5"))).entrySet()) {
            ParsedReport parsed = parser.parse(e.getValue(), name, null);
            int[] fields = compareTables(expected, parsed);
            System.out.printf("%s %s: parsed table fields %d/%d%n", e.getKey(), name, fields[0], fields[1]);
            assertEquals(fields[1], fields[0], e.getKey() + " table fields of " + name);
        }
    }

    private static List<String> filledCells(String line) {
        return Arrays.stream(line.split("\t")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** {matching, total} over the leaves of the expected tables (as score.py counts them). */
    static int[] compareTables(ParsedReport expected, ParsedReport actual) {
        Map<String, JsonNode> want = leaves(JsonCodec.mapper().valueToTree(expected.tables));
        Map<String, JsonNode> got = leaves(JsonCodec.mapper().valueToTree(actual.tables));
        int same = 0;
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : want.entrySet()) {
            JsonNode g = got.get(e.getKey());
            boolean equal = g != null && (e.getValue().isNumber() && g.isNumber()
                    ? Math.abs(e.getValue().asDouble() - g.asDouble()) < 1e-6 : e.getValue().equals(g));
            if (equal) {
                same++;
            } else {
                wrong.add(e.getKey() + "=" + e.getValue() + "/" + g);
            }
        }
        if (!wrong.isEmpty()) {
            System.out.println("  differences: " + wrong.subList(0, Math.min(10, wrong.size())));
        }
        return new int[] {same, want.size()};
    }

    private static Map<String, JsonNode> leaves(JsonNode node) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        flatten(node, "", out);
        return out;
    }

    private static void flatten(JsonNode node, String path, Map<String, JsonNode> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> flatten(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(node.get(i), path + "[" + i + "]", out);
            }
        } else {
            out.put(path, node);
        }
    }

    private static ParsedReport expected(Path json) {
        try {
            return JsonCodec.readReport(Files.readString(json));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
