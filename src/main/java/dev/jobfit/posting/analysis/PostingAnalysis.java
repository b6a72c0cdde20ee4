package dev.jobfit.posting.analysis;

import dev.jobfit.company.ApplicationLimitScope;
import dev.jobfit.education.DegreeLevel;
import dev.jobfit.text.Span;
import dev.jobfit.time.MonthRange;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a posting requires, each requirement with the span of {@link #text} it was read from.
 *
 * @param analyzerVersion version of the analysis rules that produced this result
 * @param text the posting's normalised text; every span below points into it
 * @param sections the parts of the posting
 * @param ignored boilerplate that was deliberately not read for requirements
 * @param title the job title
 * @param company the company and, where the text says so, its group
 * @param locations where the job is
 * @param employmentType the kind of employment
 * @param postedAt when the posting was published, where stated
 * @param externalId the posting's own reference (job id, requisition number), where stated
 * @param skills every skill the posting asks for
 * @param requirementGroups skills that are asked for together or as alternatives
 * @param degree the degree requirement, if any
 * @param internship internship windows and length, if any
 * @param startDeadline the latest start or onboarding date, if any
 * @param applicationPolicy the application limit, if any
 * @param publications publication venues the posting values
 * @param otherRequirements everything else the posting asks for
 * @param warnings what could not be read or was inferred
 */
@Schema(name = "PostingAnalysis", description = "Structured, evidence-linked requirements of a posting.")
public record PostingAnalysis(
        @Schema(required = true, example = "posting-analyzer/1") String analyzerVersion,
        @Schema(required = true) String text,
        @Schema(required = true) List<Section> sections,
        @Schema(required = true) List<Ignored> ignored,
        @Schema(nullable = true) EvidencedText title,
        @Schema(nullable = true) CompanyMention company,
        @Schema(required = true) List<EvidencedText> locations,
        @Schema(required = true) EmploymentType employmentType,
        @Schema(nullable = true) LocalDate postedAt,
        @Schema(nullable = true) String externalId,
        @Schema(required = true) List<SkillRequirement> skills,
        @Schema(required = true) List<RequirementGroup> requirementGroups,
        @Schema(nullable = true) DegreeRequirement degree,
        @Schema(nullable = true) InternshipRequirement internship,
        @Schema(nullable = true) StartDeadline startDeadline,
        @Schema(nullable = true) ApplicationPolicyRequirement applicationPolicy,
        @Schema(required = true) List<VenueRequirement> publications,
        @Schema(required = true) List<OtherRequirement> otherRequirements,
        @Schema(required = true) List<Warning> warnings) {

    /** A part of the posting under one heading. */
    @Schema(name = "PostingSection")
    public record Section(@Schema(required = true) SectionKind kind, @Schema(nullable = true) String heading,
                          @Schema(required = true) int start, @Schema(required = true) int end) {
    }

    /** Boilerplate not read for requirements. */
    @Schema(name = "IgnoredSpan")
    public record Ignored(@Schema(required = true) int start, @Schema(required = true) int end,
                          @Schema(required = true) IgnoredReason reason) {
    }

    /** A value and where it was read (no evidence when a recruiter stated it). */
    @Schema(name = "EvidencedText")
    public record EvidencedText(@Schema(required = true) String value, @Schema(nullable = true) Span evidence) {
    }

    /** The company named by the posting and its group, where the text says so. */
    @Schema(name = "CompanyMention")
    public record CompanyMention(@Schema(required = true) String name, @Schema(nullable = true) String group,
                                 @Schema(nullable = true) Span evidence) {
    }

    /** A skill the posting asks for. */
    @Schema(name = "SkillRequirement")
    public record SkillRequirement(
            @Schema(nullable = true, description = "Taxonomy id; null for a skill the taxonomy does not know.")
            String skillId,
            @Schema(required = true) String name,
            @Schema(required = true) Importance importance,
            @Schema(nullable = true, description = "The requirement group it belongs to, if any.") String groupId,
            @Schema(required = true) List<Span> evidence) {
    }

    /** Skills asked for together (ALL_OF) or as alternatives (ANY_OF). */
    @Schema(name = "RequirementGroup")
    public record RequirementGroup(@Schema(required = true, example = "g1") String id,
                                   @Schema(required = true) GroupMode mode,
                                   @Schema(required = true) Importance importance,
                                   @Schema(required = true) List<String> skillIds,
                                   @Schema(required = true) Span evidence) {
    }

    /** How the skills of a group combine. */
    public enum GroupMode {
        ANY_OF,
        ALL_OF
    }

    /** The degree the posting asks for. */
    @Schema(name = "DegreeRequirement")
    public record DegreeRequirement(@Schema(required = true) List<DegreeLevel> levels,
                                    @Schema(required = true) DegreeStatus status,
                                    @Schema(required = true) List<String> fields,
                                    @Schema(required = true) Importance importance,
                                    @Schema(required = true) List<Span> evidence) {
    }

    /** Whether the degree must still be in progress, be completed, or either. */
    public enum DegreeStatus {
        PURSUING,
        COMPLETED,
        ANY
    }

    /** When and how long an internship runs. */
    @Schema(name = "InternshipRequirement")
    public record InternshipRequirement(@Schema(required = true) List<MonthRange> windows,
                                        @Schema(nullable = true) Integer minimumWeeks,
                                        @Schema(nullable = true) Season season,
                                        @Schema(nullable = true) Integer year,
                                        @Schema(required = true, description = "Whether the year was inferred from the posting's context.")
                                        boolean yearInferred,
                                        @Schema(required = true) List<Span> evidence) {
    }

    /** A season of the year. */
    public enum Season {
        SPRING,
        SUMMER,
        AUTUMN,
        WINTER
    }

    /** The latest date a candidate may start or onboard. */
    @Schema(name = "StartDeadline")
    public record StartDeadline(@Schema(required = true) LocalDate date,
                                @Schema(nullable = true, description = "Null when a recruiter stated it.") Span evidence) {
    }

    /** The posting's application limit. */
    @Schema(name = "ApplicationPolicyRequirement")
    public record ApplicationPolicyRequirement(@Schema(nullable = true) Integer maxApplications,
                                               @Schema(required = true) ApplicationLimitScope scope,
                                               @Schema(required = true) boolean consideredInOrder,
                                               @Schema(required = true) List<Span> evidence) {
    }

    /** A publication venue the posting values. */
    @Schema(name = "VenueRequirement")
    public record VenueRequirement(@Schema(required = true, example = "NeurIPS") String venue,
                                   @Schema(required = true) Importance importance,
                                   @Schema(required = true) Span evidence) {
    }

    /** Any other requirement: years of experience, languages, work authorisation, competitions... */
    @Schema(name = "OtherRequirement")
    public record OtherRequirement(@Schema(required = true) OtherKind kind,
                                   @Schema(required = true) String text,
                                   @Schema(nullable = true) Integer years,
                                   @Schema(required = true) Importance importance,
                                   @Schema(required = true) Span evidence) {
    }

    /** Kinds of other requirements. */
    public enum OtherKind {
        YEARS_OF_EXPERIENCE,
        LANGUAGE,
        WORK_AUTHORIZATION,
        COMPETITION,
        AVAILABILITY_STATEMENT,
        TRAVEL,
        OTHER
    }

    /** Something the analysis could not read or had to infer. */
    @Schema(name = "AnalysisWarning")
    public record Warning(@Schema(required = true, example = "YEAR_INFERRED") String code,
                          @Schema(required = true) String message,
                          @Schema(nullable = true) Span evidence) {
    }
}
