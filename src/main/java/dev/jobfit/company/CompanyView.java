package dev.jobfit.company;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A company as the API shows it.
 *
 * @param id the company's id
 * @param name the company's name
 * @param website the company's web site
 * @param group the group the company belongs to, if any
 * @param affiliates the companies that belong to this company's group, if it is a group
 * @param applicationPolicy the company's own application rules, if any
 * @param effectivePolicy the rules that apply to the company's postings: its group's, else its own
 * @param createdAt when the company was created
 * @param updatedAt when the company was last changed
 */
@Schema(name = "Company", description = "A company that publishes postings.")
public record CompanyView(
        @Schema(required = true) UUID id,
        @Schema(required = true, example = "Northwind Video Labs") String name,
        @Schema(nullable = true) String website,
        @Schema(nullable = true) CompanyRef group,
        @Schema(required = true) List<CompanyRef> affiliates,
        @Schema(nullable = true) ApplicationPolicy applicationPolicy,
        @Schema(nullable = true) ApplicationPolicy effectivePolicy,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) OffsetDateTime updatedAt) {

    /**
     * A reference to another company.
     *
     * @param id the company's id
     * @param name the company's name
     */
    @Schema(name = "CompanyRef", description = "A reference to a company.")
    public record CompanyRef(@Schema(required = true) UUID id, @Schema(required = true) String name) {
    }
}
