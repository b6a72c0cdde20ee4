package dev.jobfit.matching.rules;

import dev.jobfit.matching.MatchResult.RuleResult;
import dev.jobfit.matching.RequirementKey;
import dev.jobfit.matching.RuleName;
import dev.jobfit.matching.RuleOutcome;
import dev.jobfit.matching.Wording;
import dev.jobfit.posting.analysis.PostingAnalysis;
import dev.jobfit.posting.analysis.PostingAnalysis.InternshipRequirement;
import dev.jobfit.resume.profile.ResumeProfile.Availability;
import dev.jobfit.text.Span;
import dev.jobfit.time.MonthRange;
import java.util.Optional;

/**
 * The candidate is available inside one of the internship's windows for at least its minimum length
 * ("January to June or May to August, at least 3 months"). Without a stated minimum the whole window
 * is needed. Months count from their first to their last day, so "May to July" is 13 weeks.
 */
public final class InternshipWindowRule implements EligibilityRule {

    private static final double DAYS_PER_WEEK = 7.0;

    @Override
    public RuleName name() {
        return RuleName.INTERNSHIP_WINDOW;
    }

    @Override
    public Object reads(PostingAnalysis analysis) {
        return Optional.ofNullable(RequirementKey.withoutEvidence(analysis.internship()));
    }

    @Override
    public Optional<RuleResult> evaluate(MatchInput input) {
        InternshipRequirement internship = input.posting().analysis().internship();
        if (internship == null || internship.windows().isEmpty()) {
            return Optional.empty();
        }
        Span postingEvidence = internship.evidence().isEmpty() ? null : internship.evidence().get(0);
        String asked = "The internship runs " + Wording.ranges(internship.windows())
                + (internship.minimumWeeks() == null ? "" : ", for at least " + Wording.weeks(internship.minimumWeeks()));
        if (input.candidate().availability().isEmpty()) {
            return Optional.of(new RuleResult(name(), RuleOutcome.UNKNOWN, asked + "; the resume states no availability. "
                    + "State the months you are available.", postingEvidence, null));
        }
        Best best = null;
        for (MonthRange window : internship.windows()) {
            double needed = neededWeeks(internship, window);
            for (Availability a : input.candidate().availability()) {
                double weeks = coveredWeeks(window, a);
                Best candidate = new Best(window, a, weeks, needed);
                if (best == null || candidate.ratio() > best.ratio()) {
                    best = candidate;
                }
            }
        }
        String shown = "you are available " + Wording.availability(best.availability);
        if (best.weeks + 1e-9 >= best.needed) {
            return Optional.of(new RuleResult(name(), RuleOutcome.PASS, asked + "; " + shown + ", which covers "
                    + Wording.weeks(best.weeks) + " of the " + Wording.range(best.window) + " window.", postingEvidence,
                    best.availability.evidence()));
        }
        return Optional.of(new RuleResult(name(), RuleOutcome.FAIL, asked + "; " + shown + ", which covers only "
                + Wording.weeks(best.weeks) + " of the " + Wording.range(best.window) + " window, "
                + Wording.weeks(best.needed) + " needed.", postingEvidence, best.availability.evidence()));
    }

    /** The minimum length, or the whole window when the posting states none (never more than the window). */
    public static double neededWeeks(InternshipRequirement internship, MonthRange window) {
        double windowWeeks = window.daysOverlapping(window) / DAYS_PER_WEEK;
        return internship.minimumWeeks() == null ? windowWeeks : Math.min(internship.minimumWeeks(), windowWeeks);
    }

    /** Weeks of the window the availability covers; an open-ended availability runs to the window's end. */
    public static double coveredWeeks(MonthRange window, Availability a) {
        if (a.end() == null && a.start().isAfter(window.end())) {
            return 0;
        }
        MonthRange available = new MonthRange(a.start(), a.end() == null ? window.end() : a.end());
        return window.daysOverlapping(available) / DAYS_PER_WEEK;
    }

    private record Best(MonthRange window, Availability availability, double weeks, double needed) {
        double ratio() {
            return needed <= 0 ? 1 : weeks / needed;
        }
    }
}
