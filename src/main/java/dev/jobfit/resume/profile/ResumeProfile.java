package dev.jobfit.resume.profile;

import dev.jobfit.education.DegreeLevel;
import dev.jobfit.text.Span;
import java.time.YearMonth;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A candidate as a resume shows them, every fact with the span of {@link #text} it was read from.
 * Contact details are personal data: they are shown to the candidate, never used for scoring and
 * never logged.
 *
 * @param parserVersion version of the parsing rules
 * @param text the resume's text; every span points into it
 * @param sections the parts of the resume
 * @param contact name, email, phone and links
 * @param education degrees with level, status and dates
 * @param availability periods the candidate says they are available
 * @param graduation expected or actual end of the highest degree
 * @param experience dated roles from the experience section
 * @param totalYearsExperience years covered by those roles, overlaps counted once
 * @param publications papers the candidate wrote, from the publications section
 * @param awards awards, scholarships, honours and competition results
 * @param skills skills with where they were shown, when last used and for how long
 * @param warnings what could not be read well: PROBABLY_MULTI_COLUMN, TRUNCATED, LOW_TEXT_QUALITY, NOT_ENGLISH
 */
public record ResumeProfile(
        String parserVersion,
        String text,
        List<Section> sections,
        Contact contact,
        List<Education> education,
        List<Availability> availability,
        YearMonth graduation,
        List<Experience> experience,
        Double totalYearsExperience,
        List<Publication> publications,
        List<Award> awards,
        List<ResumeSkill> skills,
        List<String> warnings) {

    /** The same profile with other warnings. */
    public ResumeProfile withWarnings(List<String> warnings) {
        return new ResumeProfile(parserVersion, text, sections, contact, education, availability, graduation, experience,
                totalYearsExperience, publications, awards, skills, List.copyOf(warnings));
    }

    /** A part of the resume under one heading. */
    public record Section(ResumeSectionKind kind, String heading, int start, int end) {
    }

    /** How to reach the candidate. */
    public record Contact(String name, String email, String phone, List<String> links, List<Span> evidence) {
    }

    /** Whether a degree is finished. */
    public enum EducationStatus {
        COMPLETED,
        IN_PROGRESS
    }

    /** One degree. */
    public record Education(DegreeLevel level, String degree, String field, String institution, EducationStatus status,
                            YearMonth start, YearMonth end, YearMonth expectedGraduation, Span evidence) {

        /** The expected or actual end of the degree, or null when the resume states neither. */
        public YearMonth graduation() {
            return expectedGraduation != null ? expectedGraduation : end;
        }
    }

    /** A dated role; {@code end} is null while it is current. */
    public record Experience(String title, String organization, YearMonth start, YearMonth end, boolean current,
                             Span evidence) {
    }

    /**
     * A skill the resume shows.
     *
     * @param skillId taxonomy id, or null for a skill only the model found
     * @param name preferred name, or the words as written
     * @param evidence every place it is mentioned
     * @param sections the kinds of sections it appears in
     * @param lastUsed end of the latest dated role or project that uses it (today's month if current)
     * @param years months of dated roles and projects that use it, in years
     * @param listedOnly whether it only appears in a skills list, not in any dated role or project
     */
    public record ResumeSkill(String skillId, String name, List<Span> evidence, List<ResumeSectionKind> sections,
                              YearMonth lastUsed, Double years, boolean listedOnly) {
    }

    /**
     * A paper the candidate wrote. venue is the normalised short name from VenueCatalog (e.g. "NeurIPS", "CVPR",
     * "arXiv"), or null if none is recognised. firstAuthor is null when the candidate's name is unknown or the
     * author list is not found.
     *
     * @param title the title as written, without quotes or the closing period
     * @param venue canonical venue name, or null
     * @param year year of publication, or null
     * @param firstAuthor whether the candidate is listed first, or null when that cannot be told
     * @param preprint whether it is a preprint (arXiv) rather than a peer-reviewed paper
     * @param evidence the whole citation
     */
    @Schema(name = "Publication", description = "A paper the candidate wrote, from the publications section.")
    public record Publication(
            @Schema(required = true, example = "Contrastive World Models for Sample-Efficient Robot Manipulation") String title,
            @Schema(nullable = true, example = "NeurIPS",
                    description = "Canonical venue name (NeurIPS, CVPR, ACL, arXiv, ...); null when no known venue is named.")
            String venue,
            @Schema(nullable = true, example = "2024") Integer year,
            @Schema(nullable = true,
                    description = "Whether the candidate is listed first; null when the candidate's name or the author list is unknown.")
            Boolean firstAuthor,
            @Schema(required = true, description = "Whether it is a preprint (arXiv) rather than a peer-reviewed paper.")
            boolean preprint,
            @Schema(required = true) Span evidence) {
    }

    /**
     * An award, scholarship, honour or competition result (e.g. "Kaggle silver medal").
     *
     * @param title the award as a short phrase, without remarks, trailing year or awarding institution
     * @param kind what sort of award it is
     * @param year the year it names, or null
     * @param evidence the entry or mention it was read from
     */
    @Schema(name = "Award", description = "An award, scholarship, honour or competition result.")
    public record Award(
            @Schema(required = true, example = "Kaggle Silver Medal") String title,
            @Schema(required = true) AwardKind kind,
            @Schema(nullable = true, example = "2024") Integer year,
            @Schema(required = true) Span evidence) {
    }

    /** What sort of award: a contest result, money for study or research, or a distinction. */
    public enum AwardKind {
        /** Kaggle medals and tiers, hackathons, challenges, placings. */
        COMPETITION,
        /** Scholarships, fellowships, grants. */
        SCHOLARSHIP,
        /** Dean's list, honours, awards and prizes. */
        HONOR,
        OTHER
    }

    /** A period the candidate is available; {@code end} null means open-ended. */
    public record Availability(YearMonth start, YearMonth end, Span evidence) {
    }
}
