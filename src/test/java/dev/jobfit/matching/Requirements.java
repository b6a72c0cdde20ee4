package dev.jobfit.matching;

import dev.jobfit.education.DegreeLevel;
import dev.jobfit.posting.analysis.EmploymentType;
import dev.jobfit.posting.analysis.Importance;
import dev.jobfit.posting.analysis.PostingAnalysis;
import dev.jobfit.posting.analysis.PostingAnalysis.DegreeRequirement;
import dev.jobfit.posting.analysis.PostingAnalysis.DegreeStatus;
import dev.jobfit.posting.analysis.PostingAnalysis.InternshipRequirement;
import dev.jobfit.posting.analysis.PostingAnalysis.StartDeadline;
import dev.jobfit.resume.profile.ResumeProfile.Availability;
import dev.jobfit.resume.profile.ResumeProfile.Education;
import dev.jobfit.resume.profile.ResumeProfile.EducationStatus;
import dev.jobfit.text.Span;
import dev.jobfit.time.MonthRange;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Postings and candidates written out field by field, for rule and scoring tests. */
final class Requirements {

    static final Span POSTING_SPAN = new Span(0, 10);
    static final Span RESUME_SPAN = new Span(5, 20);

    private PostingAnalysis analysis = empty();
    private LimitPolicy limit;
    private final UUID id = UUID.randomUUID();

    static Requirements posting() {
        return new Requirements();
    }

    Requirements degree(DegreeStatus status, List<String> fields, DegreeLevel... levels) {
        return with(new DegreeRequirement(List.of(levels), status, fields, Importance.REQUIRED, List.of(POSTING_SPAN)),
                analysis.internship(), analysis.startDeadline());
    }

    Requirements internship(Integer minimumWeeks, MonthRange... windows) {
        return with(analysis.degree(), new InternshipRequirement(List.of(windows), minimumWeeks, null, null, false,
                List.of(POSTING_SPAN)), analysis.startDeadline());
    }

    Requirements startBy(LocalDate date) {
        return with(analysis.degree(), analysis.internship(), new StartDeadline(date, POSTING_SPAN));
    }

    Requirements limit(String groupKey, int max) {
        this.limit = new LimitPolicy(groupKey, "Lumenwave Group", max, true, false, POSTING_SPAN);
        return this;
    }

    CompiledPosting compile() {
        return CompiledPosting.of(id, analysis, limit);
    }

    private Requirements with(DegreeRequirement degree, InternshipRequirement internship, StartDeadline deadline) {
        PostingAnalysis a = analysis;
        analysis = new PostingAnalysis(a.analyzerVersion(), a.text(), a.sections(), a.ignored(), a.title(), a.company(),
                a.locations(), a.employmentType(), a.postedAt(), a.externalId(), a.skills(), a.requirementGroups(), degree,
                internship, deadline, a.applicationPolicy(), a.publications(), a.otherRequirements(), a.warnings());
        return this;
    }

    private static PostingAnalysis empty() {
        return new PostingAnalysis("test", "x".repeat(100), List.of(), List.of(), null, null, List.of(),
                EmploymentType.INTERNSHIP, null, null, List.of(), List.of(), null, null, null, null, List.of(), List.of(),
                List.of());
    }

    static MonthRange months(String start, String end) {
        return new MonthRange(YearMonth.parse(start), YearMonth.parse(end));
    }

    static Education studying(DegreeLevel level, String field, String expected) {
        return new Education(level, null, field, "Example University", EducationStatus.IN_PROGRESS, null, null,
                expected == null ? null : YearMonth.parse(expected), RESUME_SPAN);
    }

    static Education completed(DegreeLevel level, String field, String end) {
        return new Education(level, null, field, "Example University", EducationStatus.COMPLETED, null,
                end == null ? null : YearMonth.parse(end), null, RESUME_SPAN);
    }

    static Availability available(String start, String end) {
        return new Availability(YearMonth.parse(start), end == null ? null : YearMonth.parse(end), RESUME_SPAN);
    }

    static CandidateFacts candidate(List<Availability> availability, Education... education) {
        YearMonth graduation = Arrays.stream(education)
                .map(e -> e.expectedGraduation() != null ? e.expectedGraduation() : e.end())
                .filter(java.util.Objects::nonNull)
                .max(YearMonth::compareTo).orElse(null);
        return new CandidateFacts(List.of(), List.of(education), availability, graduation, List.of(), null, List.of(),
                List.of());
    }

    static ApplicationHistory.PriorApplication applied(UUID postingId, String groupKey) {
        return new ApplicationHistory.PriorApplication(postingId, "Earlier posting", groupKey, null, true);
    }

}
