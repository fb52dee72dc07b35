package io.nianbao.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import io.nianbao.infra.InfraException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ./nianbao}: the command line of Nianbao (interfaces.md, "Command line"). */
@Command(name = "nianbao", mixinStandardHelpOptions = true, version = "nianbao 0.1.0",
        description = "Reads, checks and serves government information-disclosure annual reports.",
        subcommands = {UpCommand.class, ParseCommand.class, ValidateCommand.class, PushCommand.class, RebuildReadModelCommand.class,
                CommandLine.HelpCommand.class})
public class NianbaoCli implements Runnable {

    /** exit code of a usage error (picocli's default, and what interfaces.md promises) */
    public static final int USAGE = 2;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: up, parse, validate or push");
    }

    public static void main(String[] args) {
        // UTF-8 whatever the locale: the output is Chinese JSON read by other programs
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int code = execute(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the command line with the given streams and returns the exit code (used by main and the tests). */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new NianbaoCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof InfraException) {
                // an operator-facing failure (port taken, service died …): the message says it all
                commandLine.getErr().println("nianbao: " + e.getMessage());
                return 1;
            }
            throw e;
        });
        return cli.execute(args);
    }
}
