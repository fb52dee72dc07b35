package io.nianbao.query.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.nianbao.query.service.ReadModelRebuild;

/** Operations on the read model itself (write token required). */
@Path("/api/admin")
@Tag(name = "admin", description = "管理 Read-model administration")
public class AdminResource {

    @Inject
    WriteAccess access;

    @Inject
    ReadModelRebuild rebuild;

    /**
     * Empties the read model and replays reports.raw / parsed / validated from the beginning. Answers 202 at once:
     * the replay runs in the background and {@code GET /api/reports} fills up again (its {@code total} shows the progress).
     */
    @POST
    @Path("/rebuild-read-model")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Drop the read model and rebuild it by replaying the topics (requires Authorization: Bearer <token>)")
    public Response rebuildReadModel(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        access.require(authorization);
        try {
            return Response.accepted(rebuild.rebuild()).build();
        } catch (ReadModelRebuild.NotReady e) {
            throw new ProblemException(503, "Service Unavailable", "读模型暂不能重建，请稍后重试 the read model cannot be rebuilt yet: "
                    + e.getMessage());
        }
    }
}
