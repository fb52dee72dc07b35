package io.nianbao.query.rest;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.nianbao.query.service.MetricDictionary;
import io.nianbao.query.service.MetricInfo;

@Path("/api/metrics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "metrics", description = "指标 The metric dictionary")
public class MetricResource {

    @GET
    @Operation(summary = "Every metric name that series and benchmarks accept: Chinese name, unit, the cells it adds up "
            + "(paths as in a report's cells) and the templates it exists in")
    public List<MetricInfo> list(@Parameter(description = "only the metrics of this table: applications, reviewLitigation, "
            + "activeDisclosure") @QueryParam("table") String table,
            @Parameter(description = "true: only the headline metrics that /api/stats totals") @QueryParam("main") String main) {
        String t = Params.text(table);
        boolean onlyMain = "true".equalsIgnoreCase(Params.text(main));
        return MetricDictionary.all().stream().filter(m -> t == null || m.table().equals(t)).filter(m -> !onlyMain || m.main())
                .toList();
    }
}
