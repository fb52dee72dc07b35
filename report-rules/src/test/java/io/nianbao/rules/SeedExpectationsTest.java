package io.nianbao.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.nianbao.contracts.issue.Issue;
import io.nianbao.contracts.issue.Severity;

/** The table at the end of rules.md, on the seeds' expected JSON. */
class SeedExpectationsTest {
    private final ReportValidator validator = new ReportValidator();

    private List<Issue> issues(String seed) {
        List<Issue> issues = validator.validate(CorpusReports.seed(seed));
        issues.forEach(i -> System.out.println("[seed " + seed + "] " + i));
        return issues;
    }

    private static List<Issue> code(List<Issue> issues, String code) {
        return issues.stream().filter(i -> i.code().equals(code)).toList();
    }

    private static void noArithmetic(List<Issue> issues) {
        assertTrue(issues.stream().noneMatch(i -> i.code().startsWith("A_")), () -> "A_ issue raised: " + issues);
    }

    @Test
    void seed000RaisesExactlyTheThreeProseMismatches() {
        List<Issue> issues = issues("000");
        noArithmetic(issues);
        assertEquals(List.of(
                "N_MISMATCH@activeDisclosure.decisions.total 5906506/5891900",
                "N_MISMATCH@reviewLitigation.administrativeReview.corrected 11/10",
                "N_MISMATCH@reviewLitigation.litigation.total 22/31"),
                issues.stream().map(i -> i.code() + "@" + i.path() + " " + i.expected() + "/" + i.actual()).sorted().toList());
        assertTrue(code(issues, "N_MISMATCH").get(0).message().contains("589.19万"));
    }

    @Test
    void seed001HasThreeEmptyTablesAndNoArithmetic() {
        List<Issue> issues = issues("001");
        noArithmetic(issues);
        assertEquals(List.of("activeDisclosure", "applications", "reviewLitigation"),
                code(issues, "S_TABLE_EMPTY").stream().map(Issue::path).sorted().toList());
    }

    @Test
    void seed002HasNoError() {
        List<Issue> issues = issues("002");
        assertTrue(issues.stream().noneMatch(i -> i.severity() == Severity.ERROR), issues::toString);
    }

    @Test
    void seed003HasNoError() {
        List<Issue> issues = issues("003");
        assertTrue(issues.stream().noneMatch(i -> i.severity() == Severity.ERROR), issues::toString);
    }

    @Test
    void seed004HasThreeImageOnlyTablesAndNothingMissingOrArithmetic() {
        List<Issue> issues = issues("004");
        noArithmetic(issues);
        assertTrue(code(issues, "S_TABLE_MISSING").isEmpty(), issues::toString);
        assertEquals(3, code(issues, "S_TABLE_IMAGE_ONLY").size(), issues::toString);
    }
}
