package io.nianbao.query.service;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.nianbao.contracts.model.ActiveDisclosure;
import io.nianbao.contracts.model.Applications;
import io.nianbao.contracts.model.ReviewLitigation;

/**
 * Resolves metric names (the narrative paths of parsed-report.md, e.g. {@code applications.newReceived.total},
 * {@code applications.denied.total}, {@code reviewLitigation.litigation.total}, {@code activeDisclosure.decisions.total})
 * to the cells they add up. Unknown names resolve to nothing (the API answers 400). Every accepted name is listed,
 * with its Chinese name, unit and cells, by {@link MetricDictionary} (GET /api/metrics).
 */
public final class MetricCatalog {
    private static final Set<String> T3_SINGLE_ROWS =
            Set.of("newReceived", "carriedOver", "granted", "partiallyGranted", "total", "carriedForward");
    private static final Set<String> T3_GROUPS = Set.of("denied", "unavailable", "notProcessed", "otherHandling");
    private static final List<String> LEGAL_PERSONS = Applications.COLUMNS.subList(1, 6);
    private static final Set<String> T2_GROUPS = Set.of(ActiveDisclosure.REGULATIONS, ActiveDisclosure.NORMATIVE_DOCUMENTS,
            ActiveDisclosure.LICENSING, ActiveDisclosure.OTHER_SERVICES, ActiveDisclosure.PENALTIES,
            ActiveDisclosure.ENFORCEMENT, ActiveDisclosure.FEES, ActiveDisclosure.PROCUREMENT);
    private static final Set<String> T2_FIELDS = Set.of(ActiveDisclosure.MADE, ActiveDisclosure.PUBLISHED,
            ActiveDisclosure.TOTAL_PUBLISHED, ActiveDisclosure.PREVIOUS_COUNT, ActiveDisclosure.CHANGE,
            ActiveDisclosure.DECISIONS, ActiveDisclosure.PROJECTS, ActiveDisclosure.AMOUNT_WAN, ActiveDisclosure.ISSUED,
            ActiveDisclosure.REPEALED, ActiveDisclosure.IN_FORCE);

    /** the headline metrics that /api/stats totals */
    public static final List<String> MAIN_METRICS = List.of("applications.newReceived.total", "applications.total.total",
            "applications.granted.total", "applications.carriedForward.total", "reviewLitigation.administrativeReview.total",
            "reviewLitigation.litigation.total", "activeDisclosure.decisions.total");

    private MetricCatalog() {}

    public static Optional<Metric> resolve(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String[] p = name.trim().split("\\.");
        if (p.length < 2) {
            return Optional.empty();
        }
        return switch (p[0]) {
            case TableCells.APPLICATIONS -> applications(name, p);
            case TableCells.REVIEW_LITIGATION -> reviewLitigation(name, p);
            case TableCells.ACTIVE_DISCLOSURE -> activeDisclosure(name, p);
            default -> Optional.empty();
        };
    }

    private static Optional<Metric> applications(String name, String[] p) {
        if (p.length != 3 && p.length != 4) {
            return Optional.empty();
        }
        Optional<List<String>> columns = applicationColumns(p[p.length - 1]);
        if (columns.isEmpty()) {
            return Optional.empty();
        }
        if (p.length == 3 && T3_SINGLE_ROWS.contains(p[1])) {
            return Optional.of(new Metric(name, TableCells.APPLICATIONS, List.of(p[1]), null, columns.get()));
        }
        if (p.length == 3 && T3_GROUPS.contains(p[1])) {
            return Optional.of(new Metric(name, TableCells.APPLICATIONS, List.of(), p[1] + ".", columns.get()));
        }
        if (p.length == 4 && T3_GROUPS.contains(p[1]) && MetricDictionary.subRows(p[1]).contains(p[2])) {
            return Optional.of(new Metric(name, TableCells.APPLICATIONS, List.of(p[1] + "." + p[2]), null, columns.get()));
        }
        return Optional.empty();
    }

    private static Optional<List<String>> applicationColumns(String column) {
        if ("legalPersons".equals(column)) {
            return Optional.of(LEGAL_PERSONS);
        }
        return Applications.COLUMNS.contains(column) ? Optional.of(List.of(column)) : Optional.empty();
    }

    private static Optional<Metric> reviewLitigation(String name, String[] p) {
        if (p.length != 3 || !ReviewLitigation.COLUMNS.contains(p[2])) {
            return Optional.empty();
        }
        List<String> rows;
        if ("litigation".equals(p[1])) {
            rows = List.of("litigationDirect", "litigationAfterReview");
        } else if (ReviewLitigation.GROUPS.contains(p[1])) {
            rows = List.of(p[1]);
        } else {
            return Optional.empty();
        }
        return Optional.of(new Metric(name, TableCells.REVIEW_LITIGATION, rows, null, List.of(p[2])));
    }

    private static Optional<Metric> activeDisclosure(String name, String[] p) {
        if (p.length != 3) {
            return Optional.empty();
        }
        if ("decisions".equals(p[1]) && "total".equals(p[2])) {
            // the sum of the 处理决定数量 of every row of Table 2
            return Optional.of(new Metric(name, TableCells.ACTIVE_DISCLOSURE, List.of(), "", List.of(ActiveDisclosure.DECISIONS)));
        }
        // only the cells that a group has in some template (see MetricDictionary), e.g. not procurement.made
        if (T2_GROUPS.contains(p[1]) && T2_FIELDS.contains(p[2]) && MetricDictionary.activeDisclosureFields(p[1]).contains(p[2])) {
            return Optional.of(new Metric(name, TableCells.ACTIVE_DISCLOSURE, List.of(p[1]), null, List.of(p[2])));
        }
        return Optional.empty();
    }
}
