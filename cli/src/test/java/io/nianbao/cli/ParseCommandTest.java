package io.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.contracts.model.TableStatus;

class ParseCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsOneReportPerFileInTheOrderGiven() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "某市人民政府2023年政府信息公开工作年度报告\n", StandardCharsets.UTF_8);
        Path b = Files.writeString(dir.resolve("b.html"), "<html><body><p>报告</p></body></html>", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("parse", a.toString(), b.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(2, run.lines().length, run.out());
        for (String line : run.lines()) {
            ParsedReport report = JsonCodec.readReport(line);
            assertEquals(ParsedReport.SCHEMA_VERSION, report.schemaVersion);
        }
    }

    @Test
    void anUnreadableFileStillGetsAReportWithMissingTablesAndExitCode1() {
        Path missing = dir.resolve("no-such-report.txt");
        CliRun run = CliRun.of("parse", missing.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("no-such-report.txt"), run.err());
        ParsedReport report = JsonCodec.readReport(run.lines()[0]);
        assertEquals(TableStatus.MISSING, report.tables.applications.status);
        assertEquals(TableStatus.MISSING, report.tables.activeDisclosure.status);
        assertEquals(TableStatus.MISSING, report.tables.reviewLitigation.status);
        assertTrue(report.notes.get(0).contains("无法读取"), report.notes.toString());
    }

    @Test
    void noFileIsAUsageError() {
        CliRun run = CliRun.of("parse");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("FILE"), run.err());
    }

    @Test
    void noCommandIsAUsageError() {
        assertEquals(2, CliRun.of().exitCode());
        assertEquals(2, CliRun.of("frobnicate").exitCode());
    }
}
