package io.nianbao.query.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.nianbao.query.repository.BenchmarkRepository;
import io.nianbao.query.repository.BenchmarkRepository.BodyValue;

/**
 * Peer comparisons: the P25 / P50 / P75 of a metric for one year across the bodies of one {@link BodyLevel}, a
 * body's rank and percentile among them, and its trend over the last five years against its peers' quartiles.
 * Percentiles are PostgreSQL's {@code percentile_cont} and {@code percent_rank} ({@link Percentiles}).
 */
@ApplicationScoped
public class Benchmarks {
    public static final int TREND_YEARS = 5;
    public static final String METHOD = "P25/P50/P75 = percentile_cont (linear interpolation, as PostgreSQL); "
            + "percentile = percent_rank × 100 (share of peers with a lower value); rank 1 = highest value, ties share a rank";

    public record Quartiles(int count, BigDecimal p25, BigDecimal p50, BigDecimal p75, BigDecimal min, BigDecimal max) {}

    public record Position(String name, String organization, String level, String reportId, int year, BigDecimal value,
            int rank, BigDecimal percentile) {}

    public record Benchmark(String metric, int year, String level, String levelLabel, Quartiles quartiles, String method,
            List<Position> bodies) {}

    public record TrendPoint(int year, BigDecimal value, String reportId, Integer rank, BigDecimal percentile, Quartiles peers) {}

    public record BodyBenchmark(String name, String organization, String level, String levelLabel, String metric, int year,
            BigDecimal value, Integer rank, int peers, BigDecimal percentile, Quartiles quartiles, List<TrendPoint> trend,
            BigDecimal change, String method) {}

    @Inject
    BenchmarkRepository repository;

    /** @param level null = every body, whatever its level */
    public Benchmark of(Metric metric, int year, BodyLevel level) {
        List<BodyValue> peers = peers(repository.values(metric, year, year), level);
        List<BigDecimal> sorted = sortedValues(peers);
        List<Position> bodies = peers.stream().map(b -> position(b, sorted))
                .sorted(Comparator.comparing(Position::rank).thenComparing(Position::name)).toList();
        return new Benchmark(metric.name(), year, level == null ? "ALL" : level.name(), level == null ? "全部" : level.label(),
                quartiles(sorted), METHOD, bodies);
    }

    /** A body among the bodies of its own level. @param year null = the latest year in which the body has a value */
    public BodyBenchmark ofBody(String name, String organization, Metric metric, Integer year) {
        BodyLevel level = BodyLevel.of(organization);
        Integer y = year != null ? year : repository.latestYear(name, metric);
        if (y == null) {
            return new BodyBenchmark(name, organization, level.name(), level.label(), metric.name(), 0, null, null, 0, null, null,
                    List.of(), null, METHOD);
        }
        // the body itself always counts among its peers, whatever spelling of its name a report used
        Map<Integer, List<BodyValue>> byYear = repository.values(metric, y - TREND_YEARS + 1, y).stream()
                .filter(b -> b.name().equals(name) || BodyLevel.of(b.organization()) == level)
                .collect(Collectors.groupingBy(BodyValue::year));
        List<TrendPoint> trend = new ArrayList<>();
        for (int ty = y - TREND_YEARS + 1; ty <= y; ty++) {
            List<BodyValue> peers = byYear.getOrDefault(ty, List.of());
            List<BigDecimal> sorted = sortedValues(peers);
            BodyValue own = peers.stream().filter(b -> b.name().equals(name)).findFirst().orElse(null);
            if (own == null && peers.isEmpty()) {
                continue;
            }
            trend.add(new TrendPoint(ty, own == null ? null : own.value(), own == null ? null : own.reportId(),
                    own == null ? null : Percentiles.rankDescending(sorted, own.value()),
                    own == null ? null : Percentiles.percentRank(sorted, own.value()), quartiles(sorted)));
        }
        TrendPoint last = trend.stream().filter(t -> t.year() == y).findFirst().orElse(null);
        List<TrendPoint> own = trend.stream().filter(t -> t.value() != null).toList();
        BigDecimal change = own.size() < 2 ? null : own.get(own.size() - 1).value().subtract(own.get(0).value());
        return new BodyBenchmark(name, organization, level.name(), level.label(), metric.name(), y,
                last == null ? null : last.value(), last == null ? null : last.rank(),
                last == null || last.peers() == null ? 0 : last.peers().count(), last == null ? null : last.percentile(),
                last == null ? null : last.peers(), trend, change, METHOD);
    }

    private static List<BodyValue> peers(List<BodyValue> values, BodyLevel level) {
        return level == null ? values : values.stream().filter(b -> BodyLevel.of(b.organization()) == level).toList();
    }

    private static List<BigDecimal> sortedValues(List<BodyValue> peers) {
        return peers.stream().map(BodyValue::value).sorted().toList();
    }

    private static Position position(BodyValue b, List<BigDecimal> sorted) {
        return new Position(b.name(), b.organization(), BodyLevel.of(b.organization()).name(), b.reportId(), b.year(), b.value(),
                Percentiles.rankDescending(sorted, b.value()), Percentiles.percentRank(sorted, b.value()));
    }

    static Quartiles quartiles(List<BigDecimal> sorted) {
        if (sorted.isEmpty()) {
            return new Quartiles(0, null, null, null, null, null);
        }
        return new Quartiles(sorted.size(), Percentiles.cont(sorted, 0.25), Percentiles.cont(sorted, 0.5),
                Percentiles.cont(sorted, 0.75), sorted.get(0), sorted.get(sorted.size() - 1));
    }
}
