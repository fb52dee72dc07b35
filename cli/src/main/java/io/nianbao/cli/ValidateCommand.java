package io.nianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;

import io.nianbao.cli.ParseCommand.ParsedDocument;
import io.nianbao.contracts.JsonCodec;
import io.nianbao.contracts.issue.Issue;
import io.nianbao.contracts.model.ParsedReport;
import io.nianbao.parser.ReportParser;
import io.nianbao.rules.OrganizationNames;
import io.nianbao.rules.ReportValidator;
import io.nianbao.rules.ValidationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Parses and validates documents offline; prints {@code {"file","report","issues"}} per file (JSON Lines).
 * Cross-year rules see the other files given: a body's report of year N-1 is the context of its report of year N.
 */
@Command(name = "validate", description = "Parse and validate report documents offline; one result JSON per line.")
public class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "report documents")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<ParsedDocument> documents = new ArrayList<>();
        boolean allRead = ParsedDocument.forEach(new ReportParser(), files, "validate", err, documents::add);
        ReportValidator validator = new ReportValidator();
        for (int i = 0; i < documents.size(); i++) {
            ParsedDocument doc = documents.get(i);
            List<Issue> issues = validator.validate(doc.report(), context(documents, i));
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("file", doc.file().toString());
            line.put("report", doc.report());
            line.put("issues", issues);
            out.println(JsonCodec.write(line));
            out.flush();
        }
        return allRead ? 0 : 1;
    }

    /**
     * The previous year's report of the same body among the files given (the last one given, if several), and
     * whether an earlier file held a different report of the same body and year (which this one then replaces).
     */
    static ValidationContext context(List<ParsedDocument> documents, int index) {
        ParsedReport report = documents.get(index).report();
        String body = OrganizationNames.normalize(report.organization);
        if (body == null || body.isEmpty() || report.year == null) {
            return ValidationContext.none();
        }
        ParsedReport previous = null;
        for (ParsedDocument other : documents) {
            ParsedReport r = other.report();
            if (r.year != null && r.year == report.year - 1 && body.equals(OrganizationNames.normalize(r.organization))) {
                previous = r;
            }
        }
        boolean supersedes = false;
        for (int j = 0; j < index; j++) {
            ParsedDocument earlier = documents.get(j);
            ParsedReport r = earlier.report();
            if (Objects.equals(r.year, report.year) && body.equals(OrganizationNames.normalize(r.organization))
                    && !Arrays.equals(earlier.content(), documents.get(index).content())) {
                supersedes = true;
            }
        }
        return new ValidationContext(previous, supersedes);
    }
}
