package io.nianbao.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.model.ParsedReport;

/**
 * What shared/tools/score.py measures, in Java: every expected leaf (year, template, normalised organization,
 * table statuses, every cell of a PRESENT table) compared with the parser's output, over the seeds and the
 * synthetic corpus; narrative figures scored separately as recall (metric and value). Prints the figures and
 * every wrong field, and fails below 1.0000 (seeds) and 0.995 (synthetic). Every document with an expected JSON
 * is scored — HTML and DOCX included.
 */
class CorpusAccuracyTest {
    private static final double SEED_MINIMUM = 1.0;
    private static final double SYNTHETIC_MINIMUM = 0.995;

    private final ReportParser parser = new ReportParser();

    @Test
    void seeds() throws IOException {
        Score s = score(CorpusFiles.root().resolve("seeds"));
        assertTrue(s.accuracy() >= SEED_MINIMUM, "seed field accuracy " + s.accuracy() + "; wrong: " + s.wrong);
    }

    @Test
    void synthetic() throws IOException {
        Score s = score(CorpusFiles.root().resolve("synthetic"));
        assertTrue(s.accuracy() >= SYNTHETIC_MINIMUM, "synthetic field accuracy " + s.accuracy() + "; wrong: " + s.wrong);
    }

    static final class Score {
        int fields;
        int right;
        int narrativeWanted;
        int narrativeFound;
        final List<String> wrong = new ArrayList<>();

        double accuracy() {
            return fields == 0 ? 0 : (double) right / fields;
        }
    }

    private Score score(Path folder) throws IOException {
        List<Path> documents = CorpusFiles.documents(folder);
        assertFalse(documents.isEmpty(), "no documents in " + folder);
        Score s = new Score();
        long started = System.nanoTime();
        for (Path doc : documents) {
            JsonNode expected = JsonCodec.mapper().readTree(Files.readString(CorpusFiles.expectedOf(doc)));
            ParsedReport report = parser.parse(doc);
            JsonNode actual = JsonCodec.mapper().readTree(JsonCodec.write(report));
            Map<String, JsonNode> want = leaves(expected);
            Map<String, JsonNode> got = leaves(actual);
            for (Map.Entry<String, JsonNode> e : want.entrySet()) {
                s.fields++;
                JsonNode a = got.getOrDefault(e.getKey(), NullNode.instance);
                if (same(e.getValue(), a)) {
                    s.right++;
                } else {
                    s.wrong.add(doc.getFileName() + " " + e.getKey() + ": expected " + e.getValue() + ", got " + a);
                }
            }
            Set<String> narrativeWant = narrative(expected);
            Set<String> narrativeGot = narrative(actual);
            s.narrativeWanted += narrativeWant.size();
            narrativeWant.retainAll(narrativeGot);
            s.narrativeFound += narrativeWant.size();
        }
        long micros = (System.nanoTime() - started) / 1000;
        System.out.printf("%s: field accuracy %d/%d = %.4f, narrative recall %d/%d, %d documents in %d ms%n",
                folder.getFileName(), s.right, s.fields, s.accuracy(), s.narrativeFound, s.narrativeWanted,
                documents.size(), micros / 1000);
        s.wrong.forEach(w -> System.out.println("    " + w));
        return s;
    }

    static Map<String, JsonNode> leaves(JsonNode report) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        out.put("year", report.path("year"));
        out.put("template", report.path("template"));
        JsonNode org = report.path("organization");
        out.put("organization", org.isTextual() && !org.asText().isEmpty()
                ? JsonCodec.mapper().getNodeFactory().textNode(org.asText().replaceAll("[\\s（）()·]", ""))
                : NullNode.instance);
        JsonNode tables = report.path("tables");
        for (Iterator<Map.Entry<String, JsonNode>> it = tables.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> t = it.next();
            JsonNode status = t.getValue().path("status");
            out.put("tables." + t.getKey() + ".status", status);
            if ("PRESENT".equals(status.asText())) {
                for (Iterator<Map.Entry<String, JsonNode>> f = t.getValue().fields(); f.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = f.next();
                    if (!field.getKey().equals("status")) {
                        flatten(field.getValue(), "tables." + t.getKey() + "." + field.getKey(), out);
                    }
                }
            }
        }
        return out;
    }

    private static void flatten(JsonNode node, String prefix, Map<String, JsonNode> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> flatten(e.getValue(), prefix + "." + e.getKey(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(node.get(i), prefix + "[" + i + "]", out);
            }
        } else {
            out.put(prefix, node);
        }
    }

    /** numbers within 1e-6 relative (as score.py), anything else equal; a missing value equals JSON null */
    static boolean same(JsonNode expected, JsonNode actual) {
        JsonNode e = expected.isMissingNode() ? NullNode.instance : expected;
        JsonNode a = actual.isMissingNode() ? NullNode.instance : actual;
        if (e.isNumber() && a.isNumber()) {
            double x = e.asDouble();
            return Math.abs(x - a.asDouble()) <= 1e-6 * Math.max(1.0, Math.abs(x));
        }
        return e.equals(a);
    }

    private static Set<String> narrative(JsonNode report) {
        Set<String> out = new HashSet<>();
        for (JsonNode n : report.path("narrative")) {
            JsonNode v = n.path("value");
            String value = v.isNumber() ? new BigDecimal(v.asText()).stripTrailingZeros().toPlainString() : v.toString();
            out.add(n.path("metric").asText() + "=" + value);
        }
        return out;
    }
}
