package dev.jobfit.posting.api;

import dev.jobfit.company.ApplicationLimitScope;
import dev.jobfit.education.DegreeLevel;
import dev.jobfit.posting.analysis.EmploymentType;
import dev.jobfit.posting.analysis.Importance;
import dev.jobfit.posting.analysis.PostingAnalysis;
import dev.jobfit.time.MonthRange;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A recruiter's corrections of a posting's analysis. Every field that is present replaces what the
 * analysis read and is kept as a correction: re-analysis never overwrites it. {@code clear} removes
 * earlier corrections, so the analysis shows through again.
 *
 * @param title the job title
 * @param employmentType the kind of employment
 * @param skills the complete list of skills the posting asks for
 * @param degree the degree requirement
 * @param internship the internship windows and length
 * @param startDeadline the latest start date
 * @param applicationPolicy the application limit
 * @param clear names of fields whose earlier correction is withdrawn
 */
@Schema(name = "PostingCorrection", description = "Corrections of a posting's analysis; present fields replace the analysis.")
public record PostingCorrection(
        @Size(max = 300) String title,
        EmploymentType employmentType,
        @Valid @Size(max = 200) List<SkillCorrection> skills,
        @Valid DegreeCorrection degree,
        @Valid InternshipCorrection internship,
        LocalDate startDeadline,
        @Valid PolicyCorrection applicationPolicy,
        @Size(max = 10) List<@Pattern(regexp = "title|employmentType|skills|degree|internship|startDeadline|applicationPolicy",
                message = "must name a correctable field") String> clear) {

    /** A skill as the recruiter states it. */
    @Schema(name = "SkillCorrection")
    public record SkillCorrection(@Schema(nullable = true, example = "jf:pytorch") @Size(max = 200) String skillId,
                                  @Schema(required = true, example = "PyTorch") @NotBlank @Size(max = 200) String name,
                                  @Schema(required = true) @NotNull Importance importance) {
    }

    /** The degree requirement as the recruiter states it. */
    @Schema(name = "DegreeCorrection")
    public record DegreeCorrection(@Schema(required = true) @NotEmpty List<@NotNull DegreeLevel> levels,
                                   @Schema(required = true) @NotNull PostingAnalysis.DegreeStatus status,
                                   List<@NotBlank @Size(max = 100) String> fields,
                                   @Schema(required = true) @NotNull Importance importance) {
    }

    /** Internship windows as the recruiter states them. */
    @Schema(name = "InternshipCorrection")
    public record InternshipCorrection(@NotNull @Size(max = 12) List<@NotNull MonthRange> windows,
                                       @Min(1) @Max(104) Integer minimumWeeks,
                                       PostingAnalysis.Season season,
                                       @Min(2000) @Max(2100) Integer year) {
    }

    /** The application limit as the recruiter states it. */
    @Schema(name = "PolicyCorrection")
    public record PolicyCorrection(@Min(1) @Max(100) Integer maxApplications,
                                   @NotNull ApplicationLimitScope scope,
                                   boolean consideredInOrder) {
    }
}
