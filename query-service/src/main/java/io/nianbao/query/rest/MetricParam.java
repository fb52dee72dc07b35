package io.nianbao.query.rest;

import io.nianbao.query.service.BodyLevel;
import io.nianbao.query.service.Metric;
import io.nianbao.query.service.MetricCatalog;

import java.util.Arrays;

/** Checks the metric and level parameters of the series, benchmark and profile endpoints. */
final class MetricParam {
    private MetricParam() {}

    static Metric require(String name) {
        if (Params.text(name) == null) {
            throw ProblemException.badRequest("需要指标 metric is required; the accepted names are listed by GET /api/metrics");
        }
        return MetricCatalog.resolve(name).orElseThrow(() -> ProblemException.badRequest("未知指标 unknown metric: " + name
                + " — the accepted names are listed by GET /api/metrics (e.g. applications.newReceived.total)"));
    }

    static BodyLevel level(String raw) {
        try {
            return BodyLevel.parse(raw);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("level must be one of " + Arrays.toString(BodyLevel.values()) + ": " + raw);
        }
    }
}
