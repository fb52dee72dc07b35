package io.nianbao.parser.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.nianbao.contracts.model.ActiveDisclosure;
import io.nianbao.contracts.model.Applications;
import io.nianbao.contracts.model.ReviewLitigation;
import io.nianbao.contracts.model.Tables;
import io.nianbao.contracts.model.TableStatus;
import io.nianbao.contracts.model.Template;

/**
 * Reads the three tables of a report (its lines already Simplified) and decides the template from their
 * headings: Table 2's columns first, then Table 3's rows, then the notice the preamble cites, then the year.
 */
public final class TableReader {

    /**
     * The tables, the template, the cells decided by arithmetic, the cells that hold no valid figure, and for
     * every cell of a PRESENT table the cell it was read from (path → cell; null when its row had none there).
     */
    public record Result(Tables tables, String template, List<String> inferredCells, Map<String, String> invalidCells,
                         List<String> notes, Map<String, Cell> cellsRead) {}

    private final ActiveDisclosureParser active = new ActiveDisclosureParser();
    private final ApplicationsParser requests = new ApplicationsParser();
    private final ReviewLitigationParser review = new ReviewLitigationParser();

    /**
     * @param lines       the report's lines (Simplified)
     * @param skipLines   compacted lines to ignore inside tables (page headers repeating the title)
     * @param noticeHint  the template of the notice the preamble cites, or null
     * @param year        the statistical year, or null
     * @param invalid     receives path → raw text of cells that are not valid figures
     */
    public Result read(List<String> lines, Set<String> skipLines, String noticeHint, Integer year,
                       Map<String, String> invalid) {
        Sections sections = Sections.find(lines);
        TableText activeText = textOf(lines, sections.active(), skipLines);
        TableText requestsText = textOf(lines, sections.requests(), skipLines);
        TableText reviewText = textOf(lines, sections.review(), skipLines);

        String template = activeText == null ? null : ActiveDisclosureParser.templateOf(activeText);
        if (template == null && requestsText != null) {
            template = ApplicationsParser.templateOf(requestsText);
        }
        if (template == null) {
            template = noticeHint;
        }
        if (template == null && year != null) {
            template = year <= 2020 ? Template.T2019 : Template.T2021;
        }

        Tables tables = new Tables();
        List<String> inferred = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<String, Cell> cellsRead = new LinkedHashMap<>();
        if (activeText != null) {
            TableResult<ActiveDisclosure> r = active.parse(activeText, template, invalid, cellsRead);
            tables.activeDisclosure = r.table();
            notes.addAll(r.notes());
        }
        if (requestsText != null) {
            TableResult<Applications> r = requests.parse(requestsText, template, invalid, cellsRead);
            tables.applications = r.table();
            inferred.addAll(r.inferredCells());
            notes.addAll(r.notes());
        }
        if (reviewText != null) {
            TableResult<ReviewLitigation> r = review.parse(reviewText, invalid, cellsRead);
            tables.reviewLitigation = r.table();
            inferred.addAll(r.inferredCells());
            notes.addAll(r.notes());
        }
        if (template == null && anyPresent(tables)) {
            template = Template.T2019;
        }
        return new Result(tables, template, inferred, invalid, notes, cellsRead);
    }

    private static boolean anyPresent(Tables t) {
        return t.activeDisclosure.status == TableStatus.PRESENT || t.applications.status == TableStatus.PRESENT
                || t.reviewLitigation.status == TableStatus.PRESENT;
    }

    private static TableText textOf(List<String> lines, Sections.Region region, Set<String> skipLines) {
        return region == null ? null : TableText.of(lines, region.from(), region.to(), skipLines);
    }
}
