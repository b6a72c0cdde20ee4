package dev.jobfit.matching.rules;

import dev.jobfit.education.DegreeLevel;
import dev.jobfit.matching.MatchResult.RuleResult;
import dev.jobfit.matching.RuleName;
import dev.jobfit.matching.RuleOutcome;
import dev.jobfit.posting.analysis.Importance;
import dev.jobfit.posting.analysis.PostingAnalysis;
import dev.jobfit.posting.analysis.PostingAnalysis.DegreeRequirement;
import dev.jobfit.posting.analysis.PostingAnalysis.DegreeStatus;
import dev.jobfit.resume.profile.ResumeProfile.Education;
import dev.jobfit.text.Span;
import dev.jobfit.time.MonthRange;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Optional;

/** What the degree rules share: which requirement is hard, which degrees it accepts, when the job starts. */
public final class DegreeChecks {

    /** Degrees from lowest to highest level; OTHER (a diploma, a certificate) below them all. */
    public static final Comparator<Education> BY_LEVEL = Comparator.comparingInt(
            (Education e) -> e.level() == DegreeLevel.OTHER ? -1 : e.level().ordinal());

    private DegreeChecks() {
    }

    /** The degree requirement, when it is a hard one (a preferred degree only affects the score). */
    public static Optional<DegreeRequirement> required(PostingAnalysis analysis) {
        DegreeRequirement degree = analysis.degree();
        return degree != null && degree.importance() == Importance.REQUIRED ? Optional.of(degree) : Optional.empty();
    }

    /**
     * Whether a degree is of an accepted level. A student posting ("currently pursuing a Master or
     * Bachelor") accepts exactly the listed levels; otherwise a listed level or a higher one counts.
     */
    public static boolean acceptedLevel(DegreeRequirement requirement, DegreeLevel level) {
        if (requirement.levels().isEmpty()) {
            return true;
        }
        if (requirement.status() == DegreeStatus.PURSUING) {
            return requirement.levels().contains(level);
        }
        DegreeLevel lowest = requirement.levels().stream().min(Comparator.naturalOrder()).orElseThrow();
        return requirement.levels().contains(level) || level.atLeast(lowest);
    }

    /** The expected or actual end of a degree. */
    public static YearMonth graduation(Education e) {
        return e.graduation();
    }

    /** The month the job or internship starts: the earliest internship window, else the start deadline. */
    public static Optional<YearMonth> start(PostingAnalysis analysis) {
        if (analysis.internship() != null && !analysis.internship().windows().isEmpty()) {
            return analysis.internship().windows().stream().map(MonthRange::start).min(Comparator.naturalOrder());
        }
        if (analysis.startDeadline() != null) {
            return Optional.of(YearMonth.from(analysis.startDeadline().date()));
        }
        return Optional.empty();
    }

    /** The longest of the requirement's spans: the sentence that states it rather than a title word. */
    public static Span evidence(DegreeRequirement requirement) {
        return requirement.evidence().stream().max(Comparator.comparingInt(Span::length)).orElse(null);
    }

    /** "Master's degree in Statistics", "PhD in Computer Science": normalised, whatever the resume's wording. */
    public static String describe(Education e) {
        String name = e.level() == DegreeLevel.PHD ? "PhD"
                : e.level() == DegreeLevel.OTHER ? (e.degree() != null ? e.degree() : "degree")
                : dev.jobfit.matching.Wording.degree(e.level()) + " degree";
        return e.field() == null ? name : name + " in " + e.field();
    }

    /** {@link #describe} with its article: "a PhD in Physics", "an Associate degree". */
    public static String withArticle(Education e) {
        String d = describe(e);
        return ("AEIOU".indexOf(d.charAt(0)) >= 0 ? "an " : "a ") + d;
    }

    /** A degree rule's result: the requirement's sentence as posting evidence, the degree looked at as resume evidence. */
    static Optional<RuleResult> result(RuleName rule, RuleOutcome outcome, String message, DegreeRequirement degree,
                                       Education shown) {
        return Optional.of(new RuleResult(rule, outcome, message, evidence(degree), shown == null ? null : shown.evidence()));
    }
}
