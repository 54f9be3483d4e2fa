package org.entente.relations.rest;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.relations.domain.Nation;
import org.entente.relations.domain.Nations;

/** The nations the API accepts. */
@Path("/api/v1/nations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "nations", description = "ISO 3166-1 alpha-3 codes and English short names")
@Tag(name = ApiGroups.READ, description = ApiGroups.READ_DESCRIPTION)
public class NationResource {

    private final Nations nations;

    public NationResource(Nations nations) {
        this.nations = nations;
    }

    @GET
    @Operation(summary = "All nations with their names", description = "The 193 UN member states, PSE and VAT (observers), XKX (Kosovo) and TWN.")
    public List<Nation> list() {
        return nations.all();
    }
}
