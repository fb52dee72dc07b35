package io.nianbao.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.nianbao.contracts.issue.Issue;
import io.nianbao.contracts.issue.Severity;

/** Every synthetic report raises exactly the codes@paths of MANIFEST.tsv's expected_codes; clean ones no ERROR. */
class SyntheticManifestTest {
    private final ReportValidator validator = new ReportValidator();

    @TestFactory
    Stream<DynamicTest> everyReportRaisesTheManifestCodes() {
        Map<String, Path> expected = CorpusReports.expected("synthetic");
        List<CorpusReports.ManifestLine> manifest = CorpusReports.manifest();
        assertFalse(manifest.isEmpty());
        return manifest.stream().map(line -> DynamicTest.dynamicTest(line.name(), () -> {
            List<Issue> issues = validator.validate(CorpusReports.read(expected.get(line.name())));
            assertEquals(IssueSummary.parse(line.expectedCodes()), IssueSummary.of(issues), line.name());
            if (line.error().equals("-")) {
                assertTrue(issues.stream().noneMatch(i -> i.severity() == Severity.ERROR), issues::toString);
            }
        }));
    }
}
