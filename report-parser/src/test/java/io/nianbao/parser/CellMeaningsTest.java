package io.nianbao.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.nianbao.contracts.model.CellEvidence.Meaning;
import io.nianbao.parser.table.CellMeanings;
import io.nianbao.parser.table.CellReader;

class CellMeaningsTest {

    private static Meaning meaning(String raw) {
        return CellMeanings.of(CellReader.read(raw, 0, true));
    }

    @Test
    void placeholdersAreNotApplicable() {
        assertEquals(Meaning.NA, meaning("—"));
        assertEquals(Meaning.NA, meaning("-"));
        assertEquals(Meaning.NA, meaning("无"));
        assertEquals(Meaning.NA, meaning("／"));
    }

    @Test
    void theDigitZeroIsZero() {
        assertEquals(Meaning.ZERO, meaning("0"));
        assertEquals(Meaning.ZERO, meaning(" ０ "));
    }

    @Test
    void figuresAreNumeric() {
        assertEquals(Meaning.NUMERIC, meaning("1,344"));
        assertEquals(Meaning.NUMERIC, meaning("增44"));
        assertEquals(Meaning.NUMERIC, meaning("63.8495亿元"));
    }

    @Test
    void blanksAreEmpty() {
        assertEquals(Meaning.EMPTY, meaning(""));
        assertEquals(Meaning.EMPTY, meaning("  "));
        assertEquals(Meaning.EMPTY, CellMeanings.of(null));
    }

    @Test
    void wordsInANumberCellAreText() {
        assertEquals(Meaning.TEXT, meaning("约10"));
        assertEquals(Meaning.TEXT, meaning("10余"));
    }
}
