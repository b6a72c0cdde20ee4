package dev.jobfit.resume.profile;

import dev.jobfit.education.DegreeLevel;
import dev.jobfit.text.Span;
import java.time.YearMonth;
import java.util.List;

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
 * @param skills skills with where they were shown, when last used and for how long
 * @param warnings what could not be read well
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
        List<ResumeSkill> skills,
        List<String> warnings) {

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

    /** A period the candidate is available; {@code end} null means open-ended. */
    public record Availability(YearMonth start, YearMonth end, Span evidence) {
    }
}
