package dev.jobfit.company;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A company to create or replace.
 *
 * @param name the company's name, unique regardless of case
 * @param website the company's web site
 * @param groupId the group the company belongs to (a company that is not itself an affiliate)
 * @param applicationPolicy the company's application rules; for a group, they apply to all affiliates
 */
@Schema(name = "CompanyRequest", description = "A company to create or replace.")
public record CompanyRequest(
        @Schema(required = true, example = "Northwind Video Labs") @NotBlank @Size(max = 200) String name,
        @Schema(example = "https://careers.northwind.example") @Size(max = 500)
                @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String website,
        @Schema(example = "4b0d2f5e-8f4c-4d7c-9d43-2f1f64b8a0c1") UUID groupId,
        @Valid ApplicationPolicy applicationPolicy) {
}
