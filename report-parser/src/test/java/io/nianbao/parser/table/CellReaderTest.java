package io.nianbao.parser.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CellReaderTest {
    private final Map<String, String> invalid = new LinkedHashMap<>();
    private final Figures figures = new Figures(invalid);

    private static Cell cell(String raw) {
        return CellReader.read(raw, 0, true);
    }

    @Test
    void placeholdersReadAsZero() {
        for (String p : new String[] {"-", "—", "－", "/", "／", "无", "——", " - "}) {
            assertEquals(0L, figures.count(cell(p), "x"), p);
            assertEquals(0L, figures.change(cell(p), "x"), p);
        }
    }

    @Test
    void blankIsNull() {
        assertNull(figures.count(cell("  "), "x"));
        assertNull(figures.count(cell("\u00A0"), "x"));
        assertTrue(invalid.isEmpty());
    }

    @Test
    void fullWidthDigitsAndThousandsSeparators() {
        assertEquals(1846294L, figures.count(cell("１８４６２９４"), "x"));
        assertEquals(1846294L, figures.count(cell("1,846,294"), "x"));
        assertEquals(1234L, figures.count(cell("１，２３４"), "x"));
        assertEquals(1344L, figures.count(cell("1 344"), "x"));
    }

    @Test
    void signedChanges() {
        assertEquals(12L, figures.change(cell("增12"), "x"));
        assertEquals(-3L, figures.change(cell("减3"), "x"));
        assertEquals(12L, figures.change(cell("+12"), "x"));
        assertEquals(-3L, figures.change(cell("-3"), "x"));
        assertEquals(44L, figures.change(cell("增加44"), "x"));
        assertEquals(-73L, figures.change(cell("减少73"), "x"));
        assertEquals(7L, figures.change(cell("7"), "x"));
    }

    @Test
    void moneyInWanYuan() {
        assertEquals(638495.0, figures.moneyWan(cell("63.8495亿元"), "x"), 1e-9);
        assertEquals(17090.91, figures.moneyWan(cell("17090.91万元"), "x"), 1e-9);
        assertEquals(205304.6725, figures.moneyWan(cell("205304.6725"), "x"), 1e-9);
        assertEquals(11661.3472, figures.moneyWan(cell("1.16613472亿元"), "x"), 1e-9);
        assertEquals(1.5, figures.moneyWan(cell("15000元"), "x"), 1e-9);
    }

    @Test
    void tenThousandsInACount() {
        assertEquals(5891900L, figures.count(cell("589.19万"), "x"));
    }

    @Test
    void textOrFractionWhereAnIntegerBelongsIsInvalid() {
        assertNull(figures.count(cell("1/2"), "applications.denied.stateSecret[3]"));
        assertNull(figures.count(cell("3.5"), "applications.granted[0]"));
        assertNull(figures.count(cell("约10"), "applications.granted[1]"));
        assertNull(figures.count(cell("-5"), "applications.granted[2]"));
        assertEquals(Map.of("applications.denied.stateSecret[3]", "1/2", "applications.granted[0]", "3.5",
                "applications.granted[1]", "约10", "applications.granted[2]", "-5"), invalid);
    }

    @Test
    void kinds() {
        assertEquals(CellKind.IMAGE, cell("0005.jpg").kind());
        assertEquals(CellKind.IMAGE, cell("[image] data:image/png;base64,AAA").kind());
        assertEquals(CellKind.TEXT, cell("1.属于国家秘密").kind());
        assertEquals(CellKind.TEXT, cell("3.其他").kind());
        assertEquals(CellKind.ODD, cell("1/2").kind());
        assertEquals(CellKind.EMPTY, cell("").kind());
    }
}
