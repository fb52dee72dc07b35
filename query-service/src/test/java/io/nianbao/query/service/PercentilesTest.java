package io.nianbao.query.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    static List<BigDecimal> values(long... v) {
        return Stream.of(v).flatMapToLong(java.util.Arrays::stream).mapToObj(BigDecimal::valueOf).sorted().toList();
    }

    @Test
    void interpolatesLikePercentileCont() {
        // PostgreSQL: percentile_cont(0.5) WITHIN GROUP (ORDER BY x) over 1, 2, 3, 10 = 2.5; 0.25 → 1.75; 0.75 → 4.75
        List<BigDecimal> v = values(10, 1, 3, 2);
        assertEquals(0, new BigDecimal("2.5").compareTo(Percentiles.cont(v, 0.5)));
        assertEquals(0, new BigDecimal("1.75").compareTo(Percentiles.cont(v, 0.25)));
        assertEquals(0, new BigDecimal("4.75").compareTo(Percentiles.cont(v, 0.75)));
        assertEquals(0, BigDecimal.ONE.compareTo(Percentiles.cont(v, 0)));
        assertEquals(0, BigDecimal.TEN.compareTo(Percentiles.cont(v, 1)));
        // odd count: the middle value exactly
        assertEquals(0, BigDecimal.valueOf(7).compareTo(Percentiles.cont(values(7, 100, 3), 0.5)));
        assertEquals(0, BigDecimal.valueOf(42).compareTo(Percentiles.cont(values(42), 0.25)));
    }

    @Test
    void rankAndPercentRankShareTies() {
        List<BigDecimal> v = values(5, 10, 10, 20);
        assertEquals(1, Percentiles.rankDescending(v, BigDecimal.valueOf(20)));
        assertEquals(2, Percentiles.rankDescending(v, BigDecimal.valueOf(10)));
        assertEquals(4, Percentiles.rankDescending(v, BigDecimal.valueOf(5)));
        // percent_rank: lower / (n - 1)
        assertEquals(new BigDecimal("100.0"), Percentiles.percentRank(v, BigDecimal.valueOf(20)));
        assertEquals(new BigDecimal("33.3"), Percentiles.percentRank(v, BigDecimal.valueOf(10)));
        assertEquals(new BigDecimal("0.0"), Percentiles.percentRank(v, BigDecimal.valueOf(5)));
        assertEquals(BigDecimal.ZERO, Percentiles.percentRank(values(3), BigDecimal.valueOf(3)));
    }
}
