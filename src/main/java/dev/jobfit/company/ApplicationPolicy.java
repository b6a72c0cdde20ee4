package dev.jobfit.company;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How many postings of a company (group) a candidate may apply to, and how the applications are
 * considered.
 *
 * @param maxApplications the most applications a candidate may have at once; null for no limit
 * @param scope over which postings the limit counts
 * @param consideredInOrder whether applications are considered in the order they were made
 * @param withdrawalFreesSlot whether withdrawing an application frees its slot (default: no)
 */
@Schema(name = "ApplicationPolicy", description = "Application rules of a company or company group.")
public record ApplicationPolicy(
        @Schema(example = "2", nullable = true) @Min(1) @Max(1000) Integer maxApplications,
        @Schema(required = true, example = "COMPANY_GROUP") @NotNull ApplicationLimitScope scope,
        @Schema(example = "true") boolean consideredInOrder,
        @Schema(example = "false") boolean withdrawalFreesSlot) {
}
