package io.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.nianbao.cli.ParseCommand.ParsedDocument;
import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.rules.ValidationContext;

class ValidateCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsFileReportAndIssuesPerFile() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "某县2022年政府信息公开工作年度报告", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("validate", a.toString(), dir.resolve("gone.txt").toString());
        assertEquals(1, run.exitCode(), "one file could not be read");
        assertEquals(2, run.lines().length);
        JsonNode first = JsonCodec.mapper().readTree(run.lines()[0]);
        assertEquals(a.toString(), first.get("file").asText());
        assertTrue(first.get("report").isObject());
        assertTrue(first.get("issues").isArray());
        assertEquals(dir.resolve("gone.txt").toString(), JsonCodec.mapper().readTree(run.lines()[1]).get("file").asText());
    }

    @Test
    void theSameBodysPreviousYearIsTheContextWhateverTheOrderOfFiles() {
        ParsedDocument y2022 = doc("b.txt", " 某市 人民政府", 2022, "x");
        ParsedDocument y2021 = doc("a.txt", "某市人民政府", 2021, "y");
        ParsedDocument other = doc("c.txt", "另一单位", 2021, "z");
        List<ParsedDocument> docs = List.of(y2022, other, y2021);

        ValidationContext context = ValidateCommand.context(docs, 0);
        assertSame(y2021.report(), context.previousYear());
        assertFalse(context.supersedesEarlier());
        assertNull(ValidateCommand.context(docs, 2).previousYear(), "no 2020 report of that body was given");
    }

    @Test
    void aDifferentLaterReportOfTheSameBodyAndYearSupersedesTheEarlierOne() {
        ParsedDocument first = doc("a.txt", "某市人民政府", 2022, "first version");
        ParsedDocument corrected = doc("b.txt", "某市人民政府", 2022, "corrected version");
        ParsedDocument sameBytes = doc("c.txt", "某市人民政府", 2022, "first version");
        assertFalse(ValidateCommand.context(List.of(first, corrected), 0).supersedesEarlier());
        assertTrue(ValidateCommand.context(List.of(first, corrected), 1).supersedesEarlier());
        assertFalse(ValidateCommand.context(List.of(first, sameBytes), 1).supersedesEarlier(), "the same bytes again replace nothing");
    }

    private static ParsedDocument doc(String name, String organization, int year, String content) {
        ParsedReport report = new ParsedReport();
        report.organization = organization;
        report.year = year;
        return new ParsedDocument(Path.of(name), content.getBytes(StandardCharsets.UTF_8), report, null);
    }
}
