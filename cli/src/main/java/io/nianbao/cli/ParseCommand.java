package io.nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.parser.ReportParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Parses documents offline and prints one ParsedReport JSON per file, in the order given (JSON Lines). This is
 * the contract by which parser accuracy is measured (tools/score.py), so its output must stay stable.
 */
@Command(name = "parse", description = "Parse report documents offline; one ParsedReport JSON per line.")
public class ParseCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "report documents (.txt, .html, .pdf, .docx …)")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean allRead = ParsedDocument.forEach(new ReportParser(), files, "parse", err, parsed -> {
            out.println(JsonCodec.write(parsed.report()));
            out.flush();
        });
        return allRead ? 0 : 1;
    }

    /** One file's parse result; {@code readError} is set when the file could not be read at all. */
    record ParsedDocument(Path file, byte[] content, ParsedReport report, String readError) {

        /**
         * Parses the files in order, handing each result to {@code each} as soon as it is ready; a file that cannot
         * be read is said on {@code err} ("nianbao COMMAND: cannot read …") and still handed on, with MISSING tables.
         * Returns whether every file could be read.
         */
        static boolean forEach(ReportParser parser, List<Path> files, String command, PrintWriter err,
                java.util.function.Consumer<ParsedDocument> each) {
            boolean allRead = true;
            for (Path file : files) {
                ParsedDocument parsed = parse(parser, file);
                if (parsed.readError() != null) {
                    err.println("nianbao " + command + ": cannot read " + file + ": " + parsed.readError());
                    allRead = false;
                }
                each.accept(parsed);
            }
            return allRead;
        }

        static ParsedDocument parse(ReportParser parser, Path file) {
            byte[] content;
            try {
                content = Files.readAllBytes(file);
            } catch (IOException | SecurityException e) {
                String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                return new ParsedDocument(file, new byte[0], DocumentFiles.unreadable(file, reason), reason);
            }
            ParsedReport report;
            try {
                report = parser.parse(content, file.getFileName().toString(), null);
            } catch (RuntimeException e) {
                // the parser promises not to throw; if it does, the file was still read: report it, don't abort the batch
                report = new ParsedReport();
                report.notes.add("解析程序出错：" + e);
            }
            return new ParsedDocument(file, content, report, null);
        }
    }
}
