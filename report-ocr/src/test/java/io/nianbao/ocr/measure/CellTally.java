package io.nianbao.ocr.measure;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.model.ParsedReport;

/**
 * Cell-by-cell comparison of two {@code tables} JSON trees (the expected JSON against what the parser or the query API gave):
 * every figure of the expected tree (number or null, not {@code status}/{@code source}) is looked up at the same
 * path in the actual tree. Paths read like the parser's cell paths, e.g. {@code applications.newReceived[6]}.
 */
public record CellTally(int cells, int equal, List<String> wrong) {

    /** the tables of two reports */
    public static CellTally compare(ParsedReport expected, ParsedReport actual) {
        return compare(JsonCodec.mapper().valueToTree(expected.tables), JsonCodec.mapper().valueToTree(actual.tables));
    }

    public static CellTally compare(JsonNode expectedTables, JsonNode actualTables) {
        List<String> wrong = new ArrayList<>();
        int[] counts = new int[2];
        walk("", expectedTables, actualTables, counts, wrong);
        return new CellTally(counts[0], counts[1], List.copyOf(wrong));
    }

    public double accuracy() {
        return cells == 0 ? 0 : (double) equal / cells;
    }

    private static void walk(String path, JsonNode expected, JsonNode actual, int[] counts, List<String> wrong) {
        JsonNode there = actual == null ? MissingNode.getInstance() : actual;
        if (expected.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!field.getKey().equals("status") && !field.getKey().equals("source")) {
                    walk(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(),
                            there.get(field.getKey()), counts, wrong);
                }
            }
        } else if (expected.isArray()) {
            for (int i = 0; i < expected.size(); i++) {
                walk(path + "[" + i + "]", expected.get(i), there.get(i), counts, wrong);
            }
        } else if (expected.isNumber() || expected.isNull()) {
            counts[0]++;
            if (same(expected, there)) {
                counts[1]++;
            } else {
                wrong.add(path + " expected " + expected + " got " + (there.isMissingNode() ? "nothing" : there));
            }
        }
    }

    private static boolean same(JsonNode expected, JsonNode actual) {
        if (expected.isNull()) {
            return actual.isNull() || actual.isMissingNode();
        }
        return actual.isNumber() && expected.decimalValue().compareTo(actual.decimalValue()) == 0;
    }
}
