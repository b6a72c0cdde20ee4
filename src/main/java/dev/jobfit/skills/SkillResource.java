package dev.jobfit.skills;

import dev.jobfit.skills.api.ExtractRequest;
import dev.jobfit.skills.api.SkillDetail;
import dev.jobfit.skills.api.SkillExtraction;
import dev.jobfit.skills.api.SkillSummary;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/skills")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Skills", description = "The skill taxonomy: autocomplete, details and extraction from text.")
public class SkillResource {

    private final SkillService service;

    SkillResource(SkillService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "autocompleteSkills", summary = "Autocomplete skills",
            description = "Skills whose name or alias starts with the query (any case), best first.")
    @APIResponse(responseCode = "200", description = "Matching skills.",
            content = @Content(schema = @Schema(implementation = SkillSummary.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    public List<SkillSummary> autocomplete(
            @Parameter(description = "The beginning of a skill name or alias.", example = "pyt", required = true)
            @QueryParam("q") @NotBlank @Size(max = 100) String q,
            @Parameter(description = "How many suggestions, 1 to 50.", example = "10")
            @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(50) int limit) {
        return service.autocomplete(q, limit);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSkill", summary = "Read a skill",
            description = "A skill with its aliases, parents, children and the related skills that earn partial credit.")
    @APIResponse(responseCode = "200", description = "The skill.",
            content = @Content(schema = @Schema(implementation = SkillDetail.class)))
    public SkillDetail get(@Parameter(description = "The skill's id.", example = "jf:pytorch")
                           @PathParam("id") @Size(max = 200) String id) {
        return service.get(id);
    }

    /**
     * Finds skills in a text sent as JSON. The plain-text form below shares its OpenAPI operation, documented here;
     * generated clients send JSON ({@link dev.jobfit.web.openapi.RequestContentOrderFilter}).
     */
    @POST
    @Path("/extract")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "extractSkills", summary = "Find skills in a text",
            description = "Every skill mention with its character offsets into the returned text. The text (at most "
                    + "100,000 characters) comes as JSON or as the raw text/plain body.")
    @APIResponse(responseCode = "200", description = "The mentions found.",
            content = @Content(schema = @Schema(implementation = SkillExtraction.class)))
    public SkillExtraction extract(@Valid @NotNull ExtractRequest request) {
        return service.extract(request.text());
    }

    /** The plain-text form of {@link #extract}: one OpenAPI operation, documented there. */
    @POST
    @Path("/extract")
    @Consumes(MediaType.TEXT_PLAIN)
    @APIResponse(responseCode = "200", description = "The mentions found.",
            content = @Content(schema = @Schema(implementation = SkillExtraction.class)))
    public SkillExtraction extractPlain(@NotNull @Size(max = ExtractRequest.MAX_TEXT_LENGTH) String text) {
        return service.extract(text);
    }
}
