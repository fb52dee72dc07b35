package io.nianbao.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** What a figure cell's reading is taken as. */
class FigureTest {

    @Test
    void separatorsGoAndTheSignStays() {
        assertEquals("1344", Figure.parse("1，344"));
        assertEquals("-73", Figure.parse("-73"));
        assertEquals("减12", Figure.parse("减12"));
        assertEquals("205304.6725", Figure.parse("205304.6725"));
        assertEquals("0.5", Figure.parse("0.5"));
    }

    @Test
    void aZeroIsPlainZeroWhateverSpeckCameWithIt() {
        // a speck beside a 0 is read as a second 0 or as a minus; the arithmetic cannot tell them apart
        assertEquals("0", Figure.parse("00"));
        assertEquals("0", Figure.parse("-0"));
        assertEquals("0", Figure.parse("增0"));
        assertEquals("7", Figure.parse("007"));
        assertEquals("0.00", Figure.parse("-0.00"));
        assertEquals("0", Figure.parse("0.:"));
        assertEquals("64", Figure.parse("64."));
        assertEquals("31", Figure.parse("31.，"));
    }

    @Test
    void textIsNoFigure() {
        assertNull(Figure.parse("结果维持"));
        assertNull(Figure.parse("1.属于国家秘密"));
        assertNull(Figure.parse("—"));
        assertNull(Figure.parse(""));
    }
}
