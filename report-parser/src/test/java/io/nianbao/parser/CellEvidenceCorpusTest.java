package io.nianbao.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.model.CellEvidence;
import io.nianbao.contracts.model.CellEvidence.Meaning;

/**
 * Evidence for every cell, over the seeds and the synthetic corpus: every cell of every PRESENT table (the
 * cells the expected JSON lists, and those the parser wrote) has an entry in {@code cells}; the text at its
 * offset is its raw text; and the raw text, read as a number by this test's own reading, is the cell's value
 * (placeholders → 0, blank → null, 亿元 × 10000, signed changes; words → null and an invalid cell). Prints per
 * layout how many cells point into the text.
 */
public class CellEvidenceCorpusTest {
    private final ReportParser parser = new ReportParser();

    @Test
    void seeds() throws IOException {
        check(CorpusFiles.root().resolve("seeds"));
    }

    @Test
    void synthetic() throws IOException {
        check(CorpusFiles.root().resolve("synthetic"));
    }

    private void check(Path folder) throws IOException {
        List<Path> documents = CorpusFiles.documents(folder);
        assertFalse(documents.isEmpty(), "no documents in " + folder);
        Map<String, int[]> perLayout = new TreeMap<>(); // layout → {cells, with offset, inferred}
        List<String> wrong = new ArrayList<>();
        for (Path doc : documents) {
            ReportWithText parsed = parser.parseWithText(Files.readAllBytes(doc), doc.getFileName().toString(), null);
            JsonNode expected = JsonCodec.mapper().readTree(Files.readString(CorpusFiles.expectedOf(doc)));
            int[] count = perLayout.computeIfAbsent(layoutOf(doc), k -> new int[3]);
            wrong.addAll(problems(doc.getFileName().toString(), parsed, expected, count));
        }
        int cells = 0;
        int located = 0;
        for (Map.Entry<String, int[]> e : perLayout.entrySet()) {
            int[] c = e.getValue();
            cells += c[0];
            located += c[1];
            System.out.printf("cell evidence %s %s: %d cells, %d with offset, %d inferred without%n",
                    folder.getFileName(), e.getKey(), c[0], c[1], c[2]);
        }
        System.out.printf("cell evidence %s: %d/%d cells point into the text%n", folder.getFileName(), located, cells);
        assertTrue(cells > 0, "no PRESENT table in " + folder);
        wrong.forEach(w -> System.out.println("    " + w));
        assertTrue(wrong.isEmpty(), wrong.size() + " cells without right evidence, e.g. "
                + wrong.subList(0, Math.min(10, wrong.size())));
    }

    /**
     * What is wrong with the evidence of one parsed document: a cell of a PRESENT table (in the expected JSON
     * or in the parse) without evidence, with a raw text that is not at its offset, or whose raw text does not
     * read as its value.
     *
     * @param count adds {cells, cells with an offset, inferred cells without one}
     */
    public static List<String> problems(String name, ReportWithText parsed, JsonNode expected, int[] count)
            throws IOException {
        JsonNode actual = JsonCodec.mapper().readTree(JsonCodec.write(parsed.report()));
        Map<String, JsonNode> values = new LinkedHashMap<>(cellsOf(expected));
        values.putAll(cellsOf(actual));
        List<String> wrong = new ArrayList<>();
        String text = parsed.text();
        for (String path : values.keySet()) {
            String where = name + " " + path;
            CellEvidence ev = parsed.report().cells.get(path);
            count[0]++;
            if (ev == null) {
                wrong.add(where + ": no evidence");
                continue;
            }
            if (ev.offset() != null) {
                count[1]++;
                String at = text.substring(ev.offset(), ev.offset() + ev.length());
                if (!at.equals(ev.raw())) {
                    wrong.add(where + ": text at " + ev.offset() + " is '" + at + "', raw '" + ev.raw() + "'");
                }
            } else if (parsed.report().inferredCells.contains(path)) {
                count[2]++;
            } else if (ev.meaning() != Meaning.EMPTY) {
                wrong.add(where + ": read, not inferred, yet no offset");
            }
            String problem = valueProblem(ev, path, actual.path("tables"), parsed.report().invalidCells);
            if (problem != null) {
                wrong.add(where + ": " + problem);
            }
        }
        return wrong;
    }

    /** null when the raw text read as a number is the cell's value, else what differs */
    private static String valueProblem(CellEvidence ev, String path, JsonNode tables, Map<String, String> invalid) {
        JsonNode value = at(tables, path);
        BigDecimal got = value.isNumber() ? value.decimalValue() : null;
        Meaning meaning = RawFigures.meaningOf(ev.raw());
        if (meaning != ev.meaning()) {
            return "raw '" + ev.raw() + "' means " + meaning + ", evidence says " + ev.meaning();
        }
        BigDecimal want = RawFigures.valueOf(ev.raw(), path);
        if (want == null) {
            if (got != null) {
                return "raw '" + ev.raw() + "' is no figure, value " + got;
            }
            if (meaning != Meaning.EMPTY && !invalid.containsKey(path)) {
                return "raw '" + ev.raw() + "' is not listed as an invalid cell";
            }
            return null;
        }
        if (got == null || want.subtract(got).abs().doubleValue() > 1e-6 * Math.max(1.0, want.abs().doubleValue())) {
            return "raw '" + ev.raw() + "' reads " + want + ", value " + got;
        }
        return null;
    }

    /** path → value of every cell of the PRESENT tables, paths as in rules.md ({@code applications.granted[0]}) */
    static Map<String, JsonNode> cellsOf(JsonNode report) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : CorpusAccuracyTest.leaves(report).entrySet()) {
            String key = e.getKey();
            if (key.startsWith("tables.") && !key.endsWith(".status")) {
                out.put(key.substring("tables.".length()), e.getValue());
            }
        }
        return out;
    }

    /** the node at {@code applications.denied.stateSecret[6]} */
    private static JsonNode at(JsonNode tables, String path) {
        int bracket = path.indexOf('[');
        String dotted = bracket < 0 ? path : path.substring(0, bracket);
        JsonNode node = tables;
        for (Iterator<String> it = List.of(dotted.split("\\.")).iterator(); it.hasNext(); ) {
            node = node.path(it.next());
        }
        if (bracket >= 0) {
            node = node.path(Integer.parseInt(path.substring(bracket + 1, path.length() - 1)));
        }
        return node;
    }

    private static String layoutOf(Path doc) {
        String name = doc.getFileName().toString();
        if (!name.startsWith("syn_")) {
            return "seed";
        }
        String stem = name.substring(0, name.lastIndexOf('.'));
        return stem.substring(stem.indexOf('_', 4) + 1);
    }

    @Test
    void rawFiguresReadsWhatTheCorpusPrints() {
        assertEquals(new BigDecimal("1344"), RawFigures.valueOf("1,344", "applications.total[6]"));
        assertEquals(new BigDecimal("-3"), RawFigures.valueOf("減3", "activeDisclosure.fees.change"));
        assertEquals(0, new BigDecimal("638495").compareTo(
                RawFigures.valueOf("63.8495亿元", "activeDisclosure.procurement.amountWan")));
        assertEquals(BigDecimal.ZERO, RawFigures.valueOf("—", "applications.total[0]"));
        assertEquals(null, RawFigures.valueOf("", "applications.total[0]"));
        assertEquals(null, RawFigures.valueOf("约10", "applications.total[0]"));
        assertEquals(new BigDecimal("12"), RawFigures.valueOf("１２", "applications.total[0]"));
    }
}
