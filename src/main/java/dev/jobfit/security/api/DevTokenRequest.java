package dev.jobfit.security.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * What a development token should say.
 *
 * @param subject the subject; a candidate's id
 * @param roles candidate, recruiter and/or admin
 * @param company a recruiter's company id (required with the recruiter role)
 */
public record DevTokenRequest(
        @NotBlank @Size(max = 255) String subject,
        @NotEmpty @Size(max = 3) List<@NotBlank @Pattern(regexp = "candidate|recruiter|admin",
                message = "must be candidate, recruiter or admin") String> roles,
        UUID company) {
}
