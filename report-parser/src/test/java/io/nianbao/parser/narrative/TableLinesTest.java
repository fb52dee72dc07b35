package io.nianbao.parser.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.nianbao.testsupport.Corpus;

/** The hand-written line test agrees with its regex definition (the form it had before it was made fast). */
class TableLinesTest {

    @Test
    void cellValuesAsTheRegexSaysThem() {
        for (String token : List.of("", "1", "12", "1,234", "1.5", "-", "－", "—", "–", "/", "／", "无", "无无", "+3", "-3",
                "增5", "减5", "增", "5%", "5万元", "5亿元", "5万", "5元", "5件", "%", "万元", ",", ".", "-.", "+", "--",
                "3-", "１", "2015-1-1关于", "a1", "1a", "12%%", "增-", "－5亿元", "5万元x")) {
            char[] chars = token.toCharArray();
            assertEquals(TableLines.CELL_VALUE.matcher(token).matches(), TableLines.isCellValue(chars, 0, chars.length),
                    token);
        }
    }

    @Test
    void tableLinesAsTheRegexSplitSaysThem() throws Exception {
        List<String> lines = new java.util.ArrayList<>(List.of("", " ", "1 2", "一 1", "1", " 1 ", "|a|b|", "a | b | c",
                "a\tb", "行政复议 0 件", "合计　12　3", "本年度共收到申请12件。", "— —", "无", "2015-1-1关于印发2015年的通知",
                "\u000B1\u000B2", "1\u3000\u30002", "1\u00A02"));
        for (Path p : Corpus.documents(Corpus.root().resolve("seeds"))) {
            lines.addAll(Files.readString(p, StandardCharsets.UTF_8).lines().toList());
        }
        for (String line : lines) {
            assertEquals(reference(line), TableLines.isTableLine(line), line);
        }
    }

    @Test
    void rowsCellsAndProse() {
        assertTrue(TableLines.isTableLine("合计 12 3"));
        assertTrue(TableLines.isTableLine("12"));
        assertFalse(TableLines.isTableLine("本年度共收到申请12件。"));
        assertFalse(TableLines.isTableLine("行政复议 0 件"));
    }

    /** the definition: TAB, a pipe row, two bare values, or a single bare value */
    private static boolean reference(String line) {
        if (line.indexOf('\t') >= 0) {
            return true;
        }
        String trimmed = line.strip();
        if (trimmed.startsWith("|") || trimmed.chars().filter(c -> c == '|').count() >= 2) {
            return true;
        }
        String[] tokens = TableLines.SPACES.split(trimmed);
        int values = 0;
        for (String token : tokens) {
            if (!token.isEmpty() && TableLines.CELL_VALUE.matcher(token).matches()) {
                values++;
            }
        }
        return values >= 2 || (tokens.length == 1 && values == 1);
    }
}
