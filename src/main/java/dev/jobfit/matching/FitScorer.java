package dev.jobfit.matching;

import dev.jobfit.education.FieldsOfStudy;
import dev.jobfit.matching.CandidateFacts.SkillOffer;
import dev.jobfit.matching.MatchResult.Improvement;
import dev.jobfit.matching.MatchResult.MissingRequirement;
import dev.jobfit.matching.MatchResult.Reason;
import dev.jobfit.matching.MatchResult.RuleResult;
import dev.jobfit.matching.MatchResult.ScoreComponent;
import dev.jobfit.matching.rules.DegreeChecks;
import dev.jobfit.matching.rules.EligibilityRule;
import dev.jobfit.matching.rules.InternshipWindowRule;
import dev.jobfit.matching.rules.MatchInput;
import dev.jobfit.posting.analysis.Importance;
import dev.jobfit.posting.analysis.PostingAnalysis.DegreeRequirement;
import dev.jobfit.posting.analysis.PostingAnalysis.GroupMode;
import dev.jobfit.posting.analysis.PostingAnalysis.InternshipRequirement;
import dev.jobfit.posting.analysis.PostingAnalysis.OtherRequirement;
import dev.jobfit.posting.analysis.PostingAnalysis.VenueRequirement;
import dev.jobfit.resume.profile.ResumeProfile;
import dev.jobfit.resume.profile.ResumeProfile.Availability;
import dev.jobfit.resume.profile.ResumeProfile.Education;
import dev.jobfit.resume.profile.ResumeProfile.Experience;
import dev.jobfit.skills.relatedness.Relatedness;
import dev.jobfit.skills.relatedness.Relation;
import dev.jobfit.skills.relatedness.SkillRelatedness;
import dev.jobfit.text.Span;
import dev.jobfit.time.MonthRange;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Scores a resume against postings and explains every point. Pure: no database, HTTP or clock; the
 * same inputs give the same result. How points are given (documented in the README, "Scoring"):
 * <ul>
 *   <li>Components have base weights ({@link ComponentName}); those the posting does not ask for are
 *       left out and the others scaled up to 100. Each component scores 0 to 1; the score is the rounded
 *       weighted sum, and whole points are shared out by largest remainder so that they add up exactly.</li>
 *   <li>Skills: each requirement unit (a skill, or an any-of / all-of group) counts equally. A skill
 *       shown in a dated role or project earns full credit, one only listed {@value #UNDATED_SKILL_CREDIT}
 *       of it; a related skill earns the taxonomy's relatedness weight of that. An any-of group takes its
 *       best member, an all-of group the mean of its members.</li>
 *   <li>Degree: 0.7 for an accepted level, 0.3 for a matching field (all of it when the posting names
 *       only one of the two).</li>
 *   <li>Availability: the share of the internship's needed weeks the best window covers, and whether
 *       the candidate can start by the deadline (equal parts when both are asked).</li>
 *   <li>Experience: years shown over years asked, at most 1.</li>
 *   <li>Research: a publication at a venue the posting names earns 1, another publication
 *       {@value #OTHER_PUBLICATION_CREDIT}; a competition result when the posting asks for one earns 1
 *       (equal parts when both are asked).</li>
 * </ul>
 */
public final class FitScorer {

    public static final String VERSION = "fit-scorer/1";
    static final double UNDATED_SKILL_CREDIT = 0.85;
    static final double OTHER_PUBLICATION_CREDIT = 0.5;
    static final double DEGREE_LEVEL_PART = 0.7;
    static final int MAX_IMPROVEMENTS = 3;

    private final SkillRelatedness relatedness;
    private final Function<String, String> skillNames;
    private final List<EligibilityRule> rules;

    /**
     * @param relatedness partial credit between taxonomy skills
     * @param skillNames the preferred name of a taxonomy id (for messages about related skills)
     */
    public FitScorer(SkillRelatedness relatedness, Function<String, String> skillNames) {
        this.relatedness = relatedness;
        this.skillNames = skillNames;
        this.rules = EligibilityRule.ALL;
    }

    /** A scorer for one candidate against any number of postings. Not thread-safe: it remembers skill credit. */
    public Candidate candidate(CandidateFacts facts, ApplicationHistory history, LocalDate today) {
        return new Candidate(facts, history, today);
    }

    /** Ranks matches: eligible first, then unknown, then ineligible; higher score first; then by posting id. */
    public static final Comparator<MatchResult> RANKING = Comparator.comparing(MatchResult::eligibility)
            .thenComparing(Comparator.comparingInt(MatchResult::score).reversed())
            .thenComparing(MatchResult::postingId);

    /** One candidate's facts, with what has been worked out about them so far. */
    public final class Candidate {

        private final CandidateFacts facts;
        private final ApplicationHistory history;
        private final LocalDate today;
        private final Map<String, SkillCredit> credits = new HashMap<>();
        private final Map<Object, Object> memo = new HashMap<>();
        /** For an improvement: the candidate as they are, whose skill credit this one only adds to. */
        private final Candidate base;
        /** For an improvement: the skill it shows in a dated role, or null. */
        private final SkillOffer added;

        private Candidate(CandidateFacts facts, ApplicationHistory history, LocalDate today) {
            this(facts, history, today, null, null);
        }

        private Candidate(CandidateFacts facts, ApplicationHistory history, LocalDate today, Candidate base,
                          SkillOffer added) {
            this.facts = facts;
            this.history = history;
            this.today = today;
            this.base = base;
            this.added = added;
        }

        /** The full, explained match, with improvements when asked (they re-score, so cost more). */
        public MatchResult match(CompiledPosting posting, boolean withImprovements) {
            List<Draft> drafts = drafts(posting);
            ComponentName[] names = new ComponentName[drafts.size()];
            double[] scores = new double[drafts.size()];
            for (int i = 0; i < drafts.size(); i++) {
                names[i] = drafts.get(i).name();
                scores[i] = drafts.get(i).score();
            }
            int[] points = componentPoints(names, scores, names.length);
            int score = 0;
            List<ScoreComponent> components = new ArrayList<>();
            for (int i = 0; i < drafts.size(); i++) {
                components.add(component(drafts.get(i), weight(names, names.length, i), points[i]));
                score += points[i];
            }
            List<RuleResult> results = rules(posting);
            return new MatchResult(VERSION, posting.id(), posting.title(), posting.company(), posting.analysis().text(),
                    score, verdict(results.stream().map(RuleResult::outcome).toList()), List.copyOf(components),
                    List.copyOf(results), missing(posting), withImprovements ? improvements(posting, score) : List.of());
        }

        /**
         * Only the score, for ranking many postings before explaining the best: the same arithmetic as
         * {@link #match}, without building reasons, and with each distinct non-skill requirement worked out
         * once per candidate (postings often share one word for word).
         */
        public int score(CompiledPosting p) {
            ComponentName[] names = new ComponentName[ComponentName.values().length];
            double[] scores = new double[names.length];
            int n = 0;
            if (!p.requiredSkills().isEmpty()) {
                names[n] = ComponentName.REQUIRED_SKILLS;
                scores[n++] = skillScore(p.requiredSkills());
            }
            if (!p.preferredSkills().isEmpty()) {
                names[n] = ComponentName.PREFERRED_SKILLS;
                scores[n++] = skillScore(p.preferredSkills());
            }
            for (Optional<Draft> shared : List.of(
                    remember(p.keys().degree(), () -> degree(p)),
                    remember(p.keys().availability(), () -> availability(p)),
                    p.keys().experience() == null ? Optional.<Draft>empty()
                            : remember(p.keys().experience(), () -> Optional.of(experience(p.yearsOfExperience()))),
                    p.venues().isEmpty() && p.competitions().isEmpty() ? Optional.<Draft>empty()
                            : remember(p.keys().research(), () -> Optional.of(research(p))))) {
                if (shared.isPresent()) {
                    names[n] = shared.get().name();
                    scores[n++] = shared.get().score();
                }
            }
            return sum(componentPoints(names, scores, n));
        }

        /**
         * Only the eligibility, for ranking. A rule whose outcome depends only on requirement values is
         * evaluated once per distinct value; its message is built then but not again.
         */
        public Eligibility eligibility(CompiledPosting posting) {
            MatchInput input = new MatchInput(posting, facts, history, today);
            boolean unknown = false;
            for (EligibilityRule rule : rules) {
                RequirementKey key = posting.keys().rules().get(rule.name());
                Optional<RuleOutcome> outcome = key == null ? rule.evaluate(input).map(RuleResult::outcome)
                        : remember(key, () -> rule.evaluate(input).map(RuleResult::outcome));
                if (outcome.isPresent() && outcome.get() == RuleOutcome.FAIL) {
                    return Eligibility.INELIGIBLE; // as verdict() decides: one failed rule is enough
                }
                unknown |= outcome.isPresent() && outcome.get() == RuleOutcome.UNKNOWN;
            }
            return unknown ? Eligibility.UNKNOWN : Eligibility.ELIGIBLE;
        }

        private List<RuleResult> rules(CompiledPosting posting) {
            MatchInput input = new MatchInput(posting, facts, history, today);
            List<RuleResult> results = new ArrayList<>();
            for (EligibilityRule rule : rules) {
                rule.evaluate(input).ifPresent(results::add);
            }
            return results;
        }

        @SuppressWarnings("unchecked")
        private <T> T remember(RequirementKey key, Supplier<T> work) {
            Object known = memo.get(key);
            if (known == null) {
                known = work.get();
                memo.put(key, known);
            }
            return (T) known;
        }

        /** Every component the posting asks for, with its reasons and their evidence in this posting. */
        private List<Draft> drafts(CompiledPosting p) {
            List<Draft> drafts = new ArrayList<>();
            if (!p.requiredSkills().isEmpty()) {
                drafts.add(skills(ComponentName.REQUIRED_SKILLS, p.requiredSkills()));
            }
            if (!p.preferredSkills().isEmpty()) {
                drafts.add(skills(ComponentName.PREFERRED_SKILLS, p.preferredSkills()));
            }
            degree(p).ifPresent(drafts::add);
            availability(p).ifPresent(drafts::add);
            if (p.yearsOfExperience() != null) {
                drafts.add(experience(p.yearsOfExperience()));
            }
            if (!p.venues().isEmpty() || !p.competitions().isEmpty()) {
                drafts.add(research(p));
            }
            return drafts;
        }

        // ---- skills

        private Draft skills(ComponentName name, List<SkillUnit> units) {
            List<ReasonDraft> reasons = new ArrayList<>();
            for (SkillUnit unit : units) {
                UnitCredit credit = credit(unit);
                reasons.add(new ReasonDraft(() -> credit.message(unit), credit.credit / units.size(), unit.evidence(),
                        credit.resumeEvidence()));
            }
            return new Draft(name, reasons);
        }

        /** The skills component's score: what {@link Draft#score()} gives for {@link #skills}, without the reasons. */
        private double skillScore(List<SkillUnit> units) {
            double sum = 0;
            for (SkillUnit unit : units) {
                sum += unitCredit(unit) / units.size();
            }
            return Math.min(1, sum);
        }

        /** A unit's credit: an any-of group its best member's, an all-of group the mean of its members'. */
        private double unitCredit(SkillUnit unit) {
            List<SkillUnit.RequiredSkill> skills = unit.skills();
            double best = 0;
            double sum = 0;
            for (SkillUnit.RequiredSkill skill : skills) {
                double c = credit(skill).credit;
                best = Math.max(best, c);
                sum += c;
            }
            return unit.mode() == GroupMode.ANY_OF ? best : sum / skills.size();
        }

        UnitCredit credit(SkillUnit unit) {
            List<SkillCredit> members = unit.skills().stream().map(this::credit).toList();
            if (unit.mode() == GroupMode.ANY_OF) {
                SkillCredit best = members.get(0);
                for (SkillCredit c : members) {
                    if (c.credit > best.credit) {
                        best = c;
                    }
                }
                return new UnitCredit(best.credit, List.of(best));
            }
            return new UnitCredit(unitCredit(unit), members);
        }

        private SkillCredit credit(SkillUnit.RequiredSkill required) {
            SkillCredit known = credits.get(required.key());
            if (known == null) {
                known = base == null ? bestOffer(required, facts.skills()) : improvedOffer(required);
                credits.put(required.key(), known);
            }
            return known;
        }

        private SkillCredit bestOffer(SkillUnit.RequiredSkill required, List<SkillOffer> offers) {
            SkillCredit best = new SkillCredit(required, null, Relatedness.UNRELATED, 0);
            SkillRelatedness.Relatives relatives = required.skillId() != null ? relatedness.relatives(required.skillId()) : null;
            for (SkillOffer offer : offers) {
                Relatedness r = relatives != null && offer.skillId() != null
                        ? relatives.of(offer.skillId())
                        : SkillRelatedness.ofSurfaceForms(required.name(), offer.name());
                double credit = r.weight() * (offer.dated() ? 1.0 : UNDATED_SKILL_CREDIT);
                if (credit > best.credit) {
                    best = new SkillCredit(required, offer, r, credit);
                }
            }
            return best;
        }

        /**
         * An improvement only adds a dated skill (replacing its listed form, which can only have earned less),
         * so the best offer is the better of what the candidate has now and the added skill: the same credit
         * as going through all offers again, for a fraction of the work.
         */
        private SkillCredit improvedOffer(SkillUnit.RequiredSkill required) {
            SkillCredit now = base.credit(required);
            if (added == null) {
                return now;
            }
            SkillCredit withAdded = bestOffer(required, List.of(added));
            return withAdded.credit > now.credit ? withAdded : now;
        }

        // ---- degree

        private Optional<Draft> degree(CompiledPosting p) {
            DegreeRequirement degree = p.analysis().degree();
            if (degree == null || (degree.levels().isEmpty() && degree.fields().isEmpty())) {
                return Optional.empty();
            }
            Span asked = DegreeChecks.evidence(degree);
            double levelPart = degree.fields().isEmpty() ? 1 : degree.levels().isEmpty() ? 0 : DEGREE_LEVEL_PART;
            List<ReasonDraft> reasons = new ArrayList<>();
            List<Education> education = facts.education();
            if (!degree.levels().isEmpty()) {
                String wanted = "Asks for " + Wording.degrees(degree.levels());
                Optional<Education> accepted = education.stream()
                        .filter(e -> DegreeChecks.acceptedLevel(degree, e.level()))
                        .max(DegreeChecks.BY_LEVEL);
                if (accepted.isPresent()) {
                    reasons.add(new ReasonDraft(() -> wanted + "; the resume shows " + DegreeChecks.withArticle(accepted.get()) + ".",
                            levelPart, asked, accepted.get().evidence()));
                } else {
                    Optional<Education> highest = education.stream().max(DegreeChecks.BY_LEVEL);
                    reasons.add(new ReasonDraft(() -> wanted + "; the resume shows " + highest.map(DegreeChecks::withArticle)
                            .orElse("no degree") + ".", 0, asked, highest.map(Education::evidence).orElse(null)));
                }
            }
            if (!degree.fields().isEmpty()) {
                String wanted = "Asks for a degree in " + Wording.or(degree.fields());
                Optional<Education> inField = education.stream()
                        .filter(e -> e.field() != null && FieldsOfStudy.matchesAny(degree.fields(), e.field()))
                        .findFirst();
                if (inField.isPresent()) {
                    reasons.add(new ReasonDraft(() -> wanted + "; the resume shows " + inField.get().field() + ".",
                            1 - levelPart, asked, inField.get().evidence()));
                } else {
                    Optional<Education> named = education.stream().filter(e -> e.field() != null).findFirst();
                    reasons.add(new ReasonDraft(() -> wanted + "; the resume shows " + named.map(Education::field)
                            .orElse("no field of study") + ".", 0, asked, named.map(Education::evidence).orElse(null)));
                }
            }
            return Optional.of(new Draft(ComponentName.DEGREE, reasons));
        }

        // ---- availability

        private Optional<Draft> availability(CompiledPosting p) {
            InternshipRequirement internship = p.analysis().internship();
            boolean windows = internship != null && !internship.windows().isEmpty();
            var deadline = p.analysis().startDeadline();
            if (!windows && deadline == null) {
                return Optional.empty();
            }
            double part = windows && deadline != null ? 0.5 : 1.0;
            List<ReasonDraft> reasons = new ArrayList<>();
            if (windows) {
                Span asked = internship.evidence().isEmpty() ? null : internship.evidence().get(0);
                String wanted = "The internship runs " + Wording.ranges(internship.windows());
                double best = 0;
                Availability bestAvailability = null;
                for (MonthRange window : internship.windows()) {
                    double needed = InternshipWindowRule.neededWeeks(internship, window);
                    for (Availability a : facts.availability()) {
                        double covered = Math.min(1, InternshipWindowRule.coveredWeeks(window, a) / needed);
                        if (covered > best || bestAvailability == null) {
                            best = covered;
                            bestAvailability = a;
                        }
                    }
                }
                String shown = bestAvailability == null ? "the resume states no availability"
                        : "you are available " + Wording.availability(bestAvailability) + " (" + percent(best)
                        + " % of the needed time inside a window)";
                reasons.add(new ReasonDraft(() -> wanted + "; " + shown + ".", part * best, asked,
                        bestAvailability == null ? null : bestAvailability.evidence()));
            }
            if (deadline != null) {
                YearMonth latest = YearMonth.from(deadline.date());
                String wanted = "Start by " + Wording.day(deadline.date());
                Optional<Availability> inTime = facts.availability().stream()
                        .filter(a -> !a.start().isAfter(latest)).min(Comparator.comparing(Availability::start));
                boolean graduates = facts.availability().isEmpty() && facts.graduation() != null
                        && !facts.graduation().isAfter(latest);
                if (inTime.isPresent()) {
                    reasons.add(new ReasonDraft(() -> wanted + "; you are available " + Wording.availability(inTime.get()) + ".",
                            part, deadline.evidence(), inTime.get().evidence()));
                } else if (graduates) {
                    reasons.add(new ReasonDraft(() -> wanted + "; the resume expects graduation in "
                            + Wording.month(facts.graduation()) + ".", part, deadline.evidence(), null));
                } else {
                    reasons.add(new ReasonDraft(() -> wanted + "; the resume does not show that you can.", 0,
                            deadline.evidence(), null));
                }
            }
            return Optional.of(new Draft(ComponentName.AVAILABILITY, reasons));
        }

        // ---- experience

        private Draft experience(OtherRequirement years) {
            double shown = facts.totalYearsExperience() == null ? 0 : facts.totalYearsExperience();
            double credit = Math.min(1, shown / years.years());
            Optional<Experience> latest = facts.experience().stream().filter(e -> e.start() != null)
                    .max(Comparator.comparing(Experience::start));
            String message = "Asks for " + years.years() + " years of experience; the resume shows "
                    + (shown == 0 ? "no dated experience" : String.format(Locale.ROOT, "%.1f years in dated roles", shown)) + ".";
            return new Draft(ComponentName.EXPERIENCE, List.of(new ReasonDraft(() -> message, credit, years.evidence(),
                    latest.map(Experience::evidence).orElse(null))));
        }

        // ---- research

        private Draft research(CompiledPosting p) {
            int asks = (p.venues().isEmpty() ? 0 : 1) + (p.competitions().isEmpty() ? 0 : 1);
            double part = 1.0 / asks;
            List<ReasonDraft> reasons = new ArrayList<>();
            if (!p.venues().isEmpty()) {
                List<String> venues = p.venues().stream().map(VenueRequirement::venue).toList();
                Span asked = p.venues().get(0).evidence();
                Optional<ResumeProfile.Publication> atVenue = facts.publications().stream()
                        .filter(pub -> pub.venue() != null && venues.stream().anyMatch(v -> v.equalsIgnoreCase(pub.venue())))
                        .findFirst();
                String wanted = "Values publications at " + Wording.or(venues);
                if (atVenue.isPresent()) {
                    reasons.add(new ReasonDraft(() -> wanted + "; the resume lists a " + atVenue.get().venue() + " paper"
                            + (atVenue.get().year() == null ? "" : " (" + atVenue.get().year() + ")") + ".", part, asked,
                            atVenue.get().evidence()));
                } else if (!facts.publications().isEmpty()) {
                    ResumeProfile.Publication other = facts.publications().get(0);
                    reasons.add(new ReasonDraft(() -> wanted + "; the resume lists " + facts.publications().size()
                            + " publication" + (facts.publications().size() == 1 ? "" : "s") + " elsewhere ("
                            + percent(OTHER_PUBLICATION_CREDIT) + " % credit).", part * OTHER_PUBLICATION_CREDIT, asked,
                            other.evidence()));
                } else {
                    reasons.add(new ReasonDraft(() -> wanted + "; the resume lists no publications.", 0, asked, null));
                }
            }
            if (!p.competitions().isEmpty()) {
                Span asked = p.competitions().get(0).evidence();
                Optional<ResumeProfile.Award> competition = facts.awards().stream()
                        .filter(a -> a.kind() == ResumeProfile.AwardKind.COMPETITION).findFirst();
                String wanted = "Values competition results";
                reasons.add(competition.isPresent()
                        ? new ReasonDraft(() -> wanted + "; the resume shows " + competition.get().title() + ".", part, asked,
                                competition.get().evidence())
                        : new ReasonDraft(() -> wanted + "; the resume shows none.", 0, asked, null));
            }
            return new Draft(ComponentName.RESEARCH, reasons);
        }

        // ---- missing and improvements

        private List<MissingRequirement> missing(CompiledPosting p) {
            List<MissingRequirement> missing = new ArrayList<>();
            for (SkillUnit unit : p.requiredSkills()) {
                UnitCredit credit = credit(unit);
                List<String> absent = unit.mode() == GroupMode.ANY_OF
                        ? (credit.credit == 0 ? unit.skills().stream().map(SkillUnit.RequiredSkill::name).toList() : List.of())
                        : unit.skills().stream().filter(s -> credit(s).credit == 0).map(SkillUnit.RequiredSkill::name).toList();
                if (!absent.isEmpty()) {
                    String what = unit.mode() == GroupMode.ANY_OF ? unit.describe() : Wording.and(absent);
                    missing.add(new MissingRequirement(unit.groupId(), unit.groupId() == null ? null : unit.mode(),
                            unit.importance(), absent, "Requires " + what + "; the resume does not show "
                            + (absent.size() == 1 || unit.mode() == GroupMode.ANY_OF ? "it" : "them") + ".", unit.evidence()));
                }
            }
            return List.copyOf(missing);
        }

        /**
         * Changes that would raise the score, each scored exactly on a changed copy of the facts: showing a
         * required or preferred skill in a dated role or project, and stating availability when the resume
         * states none. Degrees are never suggested: a rule that fails on them cannot be fixed by wording.
         */
        private List<Improvement> improvements(CompiledPosting p, int score) {
            List<Improvement> found = new ArrayList<>();
            for (SkillUnit unit : concat(p.requiredSkills(), p.preferredSkills())) {
                ComponentName component = unit.importance() == Importance.REQUIRED
                        ? ComponentName.REQUIRED_SKILLS : ComponentName.PREFERRED_SKILLS;
                for (SkillUnit.RequiredSkill skill : unit.skills()) {
                    SkillCredit now = credit(skill);
                    if (now.credit >= 1) {
                        continue;
                    }
                    SkillOffer shown = CandidateFacts.shownInRole(skill);
                    int delta = new Candidate(facts.withDatedSkill(shown), history, today, this, shown).score(p) - score;
                    if (delta > 0) {
                        boolean listed = now.offer != null && now.offer.key().equals(skill.key());
                        found.add(new Improvement(listed
                                ? "Show " + skill.name() + " in a dated role or project, not only in a list."
                                : "If you have used " + skill.name() + ", show it in a dated role or project.",
                                component, delta));
                    }
                }
            }
            InternshipRequirement internship = p.analysis().internship();
            if (facts.availability().isEmpty() && internship != null && !internship.windows().isEmpty()) {
                MonthRange window = internship.windows().get(0);
                int delta = new Candidate(facts.withAvailability(new Availability(window.start(), window.end(), null)),
                        history, today, this, null).score(p) - score;
                if (delta > 0) {
                    found.add(new Improvement("State your availability, e.g. if you are available "
                            + Wording.range(window) + ".", ComponentName.AVAILABILITY, delta));
                }
            }
            found.sort(Comparator.comparingInt(Improvement::scoreDelta).reversed().thenComparing(Improvement::message));
            return List.copyOf(found.subList(0, Math.min(MAX_IMPROVEMENTS, found.size())));
        }
    }

    // ---- points

    /** Whole points for the first {@code n} components with these scores (0 to 1), adding up to the rounded total. */
    private static int[] componentPoints(ComponentName[] names, double[] scores, int n) {
        double[] exact = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            exact[i] = weight(names, n, i) * scores[i];
            total += exact[i];
        }
        return PointAllocation.allocate(exact, (int) Math.round(PointAllocation.round(total)));
    }

    /** The most points a component can give, after leaving out those the posting does not ask for. */
    private static double weight(ComponentName[] names, int n, int i) {
        int sum = 0;
        for (int j = 0; j < n; j++) {
            sum += names[j].baseWeight();
        }
        return 100.0 * names[i].baseWeight() / sum;
    }

    private static ScoreComponent component(Draft draft, double weight, int points) {
        double[] exact = draft.reasons().stream().mapToDouble(r -> r.share() * weight).toArray();
        int[] effects = PointAllocation.allocate(exact, points);
        List<Reason> reasons = new ArrayList<>();
        for (int i = 0; i < effects.length; i++) {
            ReasonDraft r = draft.reasons().get(i);
            reasons.add(new Reason(r.message().get(), effects[i], r.postingEvidence(), r.resumeEvidence()));
        }
        return new ScoreComponent(draft.name(), Math.round(weight * 100) / 100.0,
                Math.round(draft.score() * 10_000) / 10_000.0, points, List.copyOf(reasons));
    }

    private static Eligibility verdict(List<RuleOutcome> outcomes) {
        if (outcomes.contains(RuleOutcome.FAIL)) {
            return Eligibility.INELIGIBLE;
        }
        return outcomes.contains(RuleOutcome.UNKNOWN) ? Eligibility.UNKNOWN : Eligibility.ELIGIBLE;
    }

    private static int sum(int[] values) {
        int s = 0;
        for (int v : values) {
            s += v;
        }
        return s;
    }

    private static long percent(double share) {
        return Math.round(share * 100);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** A component before points are given: its reasons with their share of the component's score. */
    private record Draft(ComponentName name, List<ReasonDraft> reasons) {
        double score() {
            double sum = 0; // summed in order, as the ranking path does: both must give the same score
            for (ReasonDraft r : reasons) {
                sum += r.share();
            }
            return Math.min(1, sum);
        }
    }

    /** The message is built only for matches that are returned, not for every posting ranked. */
    private record ReasonDraft(Supplier<String> message, double share, Span postingEvidence, Span resumeEvidence) {
    }

    /** The best resume skill for one required skill, and the credit it earns. */
    private record SkillCredit(SkillUnit.RequiredSkill required, SkillOffer offer, Relatedness relatedness, double credit) {
    }

    /** The credit of a requirement unit and the skill credits behind it. */
    private final class UnitCredit {
        final double credit;
        final List<SkillCredit> members;

        UnitCredit(double credit, List<SkillCredit> members) {
            this.credit = credit;
            this.members = members;
        }

        Span resumeEvidence() {
            return members.stream().filter(m -> m.offer != null && m.offer.evidence() != null)
                    .map(m -> m.offer.evidence()).findFirst().orElse(null);
        }

        /** "Requires PyTorch or TensorFlow; the resume shows PyTorch in the Research Assistant role (2024 to 2025)." */
        String message(SkillUnit unit) {
            String verb = unit.importance() == Importance.REQUIRED ? "Requires " : "Prefers ";
            List<String> parts = new ArrayList<>();
            for (SkillCredit m : members) {
                parts.add(shown(m));
            }
            return verb + unit.describe() + "; " + String.join("; ", parts) + ".";
        }

        private String shown(SkillCredit m) {
            if (m.offer == null) {
                return "the resume does not show " + m.required.name();
            }
            String where = m.offer.role() != null ? " in " + Wording.role(m.offer.role())
                    : m.offer.dated() ? " in a dated project" : "";
            String listed = m.offer.dated() ? "" : " (listed, not in a dated role or project: "
                    + percent(UNDATED_SKILL_CREDIT) + " % credit)";
            Relatedness r = m.relatedness;
            if (r.relation() == Relation.SAME) {
                return "the resume shows " + m.offer.name() + where + listed;
            }
            String how = switch (r.relation()) {
                case NARROWER -> "a kind of " + m.required.name();
                case SIBLING -> "related through " + name(r.via());
                case BROADER -> "the broader field of " + m.required.name();
                default -> "related";
            };
            return "the resume shows " + m.offer.name() + where + ", " + how + " (" + percent(m.credit) + " % credit)";
        }
    }

    private String name(String skillId) {
        String name = skillId == null ? null : skillNames.apply(skillId);
        return name == null ? "a shared category" : name;
    }
}
