package io.nianbao.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.nianbao.contracts.issue.Issue;
import io.nianbao.contracts.model.ParsedReport;

class SectionRuleTest {
    private final ReportValidator validator = new ReportValidator();

    private List<Issue> sectionIssues(List<Integer> sections) {
        ParsedReport report = new ParsedReport();
        report.year = 2020;
        report.sections = sections;
        return validator.validate(report).stream().filter(i -> i.code().equals("S_SECTION_MISSING")).toList();
    }

    @Test
    void eachMissingPartIsNamed() {
        List<Issue> issues = sectionIssues(List.of(1, 2, 3, 5));
        assertEquals(List.of("sections[4]", "sections[6]"), issues.stream().map(Issue::path).toList());
        assertTrue(issues.get(1).message().contains("其他需要报告的事项"), issues.get(1).message());
    }

    @Test
    void allPartsOrUnknownRaiseNothing() {
        assertEquals(List.of(), sectionIssues(List.of(1, 2, 3, 4, 5, 6)));
        assertEquals(List.of(), sectionIssues(null));
    }
}
