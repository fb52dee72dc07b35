package io.nianbao.parser;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.model.ParsedReport;

/**
 * Parses the files given as arguments and prints one ParsedReport JSON per line, in order (the accuracy
 * harness {@code score.py --cmd} calls it). A file that cannot be read still gets a line (MISSING tables, a
 * note) and a message on stderr; the exit code is then 1.
 */
public final class ParseMain {
    private ParseMain() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        ReportParser parser = new ReportParser();
        int exit = 0;
        for (String arg : args) {
            ParsedReport report;
            try {
                report = parser.parse(Path.of(arg));
            } catch (IOException | RuntimeException e) {
                System.err.println(arg + ": cannot read: " + e.getMessage());
                report = new ParsedReport();
                report.notes.add("文件无法读取：" + e.getMessage());
                exit = 1;
            }
            out.println(JsonCodec.write(report));
        }
        out.flush();
        System.exit(exit);
    }
}
