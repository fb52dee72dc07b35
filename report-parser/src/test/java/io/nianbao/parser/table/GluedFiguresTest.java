package io.nianbao.parser.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class GluedFiguresTest {

    private static List<Cell> cells(String row) {
        List<Cell> out = new ArrayList<>();
        for (String s : row.split(" ")) {
            out.add(CellReader.read(s, 0, false));
        }
        return out;
    }

    private static long[] values(List<Cell> cells) {
        return cells.stream().mapToLong(c -> c.number().longValue()).toArray();
    }

    @Test
    void splitsTheOnlyReadingThatAddsUp() {
        GluedFigures.Reading r = GluedFigures.split(cells("3 10 0 0 0 4"), 7, ApplicationsParser::rowAddsUp);
        assertArrayEquals(new long[] {3, 1, 0, 0, 0, 0, 4}, values(r.cells()));
        assertArrayEquals(new boolean[] {false, true, true, false, false, false, false}, r.inferred());
    }

    @Test
    void aGluedTotal() {
        GluedFigures.Reading r = GluedFigures.split(cells("12 3 0 0 1 016"), 7, ApplicationsParser::rowAddsUp);
        assertArrayEquals(new long[] {12, 3, 0, 0, 1, 0, 16}, values(r.cells()));
    }

    @Test
    void ambiguousOrImpossibleReadingsAreLeftAlone() {
        // either 11 can be cut and both readings add up to 13: ambiguous
        assertNull(GluedFigures.split(cells("11 11 0 0 0 13"), 7, ApplicationsParser::rowAddsUp));
        // cutting 22 gives 2 + 2 = 4 ≠ 2: no reading
        assertNull(GluedFigures.split(cells("2 0 0 0 0 22"), 7, ApplicationsParser::rowAddsUp));
        // a placeholder is never cut
        assertNull(GluedFigures.split(cells("— 0 0 0 0 0"), 7, ApplicationsParser::rowAddsUp));
    }

    @Test
    void cutsNeverMakeLeadingZeros() {
        assertEquals(List.of(List.of("10", "5")), GluedFigures.cutsOf("105", 1).stream()
                .filter(c -> c.get(0).equals("10")).toList());
        assertEquals(0, GluedFigures.cutsOf("105", 1).stream().filter(c -> c.get(1).startsWith("0")).count());
    }
}
