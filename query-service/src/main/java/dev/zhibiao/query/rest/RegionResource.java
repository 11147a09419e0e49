package dev.zhibiao.query.rest;

import dev.zhibiao.query.service.RegionDirectory;
import dev.zhibiao.query.service.RegionNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.List;

/** The administrative tree of the places stored indicators name, with indicator counts. */
@Path("/api/regions")
@Produces(MediaType.APPLICATION_JSON)
public class RegionResource {
    private final RegionDirectory regions;

    public RegionResource(RegionDirectory regions) {
        this.regions = regions;
    }

    @GET
    @Operation(summary = "Places directly under a place", description = """
            Without parent: the top level (provinces, foreign countries). indicatorCount counts the indicators of the
            place and of every place under it; childCount says whether it can be expanded.""")
    public List<RegionNode> children(
            @Parameter(description = "code of the parent place", example = "4510") @QueryParam("parent") String parent) {
        String code = Params.text(parent);
        if (code != null && !regions.exists(code)) {
            throw new BadParameterException("unknown region code '" + code + "' in parent: no stored indicator names it "
                    + "or a place under it");
        }
        return regions.children(code);
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One place with its indicator count")
    public RegionNode get(@Parameter(example = "451022") @PathParam("code") String code) {
        return regions.find(code).orElseThrow(() -> new NotFoundException("no stored indicator names a place with code '"
                + code + "' or a place under it"));
    }
}
