package io.nianbao.validate.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.nianbao.rules.RuleCatalog;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The rule catalog, for clients that filter issues by code or severity. */
@Path("/api/rules")
@Produces(MediaType.APPLICATION_JSON)
public class RulesResource {

    @GET
    @Operation(summary = "Every rule code with its severity and description (shared/spec/rules.md)")
    public List<RuleCatalog.Entry> rules() {
        return RuleCatalog.entries();
    }
}
