package io.nianbao.query.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.nianbao.query.service.Benchmarks;

@Path("/api/benchmarks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "benchmarks", description = "同级比较 Peer benchmarks")
public class BenchmarkResource {

    @Inject
    Benchmarks benchmarks;

    @GET
    @Operation(summary = "P25/P50/P75 of a metric for a year across the bodies of one level, with every body's rank and percentile",
            description = "level (from the body's name): PROVINCE, CITY, COUNTY, TOWNSHIP, DEPARTMENT, OTHER; all bodies when "
                    + "absent. Percentiles as PostgreSQL percentile_cont (linear interpolation); percentile of a body = "
                    + "percent_rank × 100. One value per body: its latest-received report of the year.")
    public Benchmarks.Benchmark benchmark(
            @Parameter(description = "a metric of GET /api/metrics", example = "applications.newReceived.total") @QueryParam("metric") String metric,
            @Parameter(description = "statistical year", example = "2020") @QueryParam("year") String year,
            @Parameter(description = "PROVINCE, CITY, COUNTY, TOWNSHIP, DEPARTMENT or OTHER") @QueryParam("level") String level) {
        var m = MetricParam.require(metric);
        Integer y = Params.year(year);
        if (y == null) {
            throw ProblemException.badRequest("需要年度 year is required");
        }
        return benchmarks.of(m, y, MetricParam.level(level));
    }
}
