package dev.jobfit.matching;

import dev.jobfit.application.ApplicationService;
import dev.jobfit.matching.MatchResult.RuleResult;
import dev.jobfit.matching.api.ApplicationPlan;
import dev.jobfit.matching.api.ApplicationPlan.GroupPlan;
import dev.jobfit.matching.api.ApplicationPlan.PlanStep;
import dev.jobfit.matching.api.MatchResponse;
import dev.jobfit.matching.api.ResumeMatch;
import dev.jobfit.resume.ResumeStore;
import dev.jobfit.resume.ResumeStore.ResumeRef;
import dev.jobfit.resume.StoredResume;
import dev.jobfit.resume.profile.ResumeProfile;
import dev.jobfit.skills.SkillEngine;
import dev.jobfit.skills.taxonomy.Skill;
import dev.jobfit.web.PageRequest;
import dev.jobfit.web.PageResponse;
import dev.jobfit.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Matching for the API: ranks postings for a resume, resumes for a posting, and plans applications. */
@ApplicationScoped
public class MatchService {

    static final int DEFAULT_LIMIT = 10;

    private final FitScorer scorer;
    private final PostingCatalog catalog;
    private final ResumeStore resumes;
    private final ResumeRecall recall;
    private final ApplicationService applications;
    private final Clock clock = Clock.systemUTC();

    MatchService(SkillEngine skills, PostingCatalog catalog, ResumeStore resumes, ResumeRecall recall,
                 ApplicationService applications) {
        this.scorer = new FitScorer(skills.relatedness(), id -> skills.taxonomy().find(id).map(Skill::name).orElse(null));
        this.catalog = catalog;
        this.resumes = resumes;
        this.recall = recall;
        this.applications = applications;
    }

    /** Ranks postings for an anonymous resume; only the listed earlier applications count for limits. */
    public MatchResponse matchAnonymous(ResumeProfile profile, List<UUID> postingIds, Integer limit,
                                        List<UUID> appliedPostingIds) {
        PostingCatalog.Snapshot snapshot = catalog.current();
        List<ApplicationHistory.PriorApplication> prior = new ArrayList<>();
        for (UUID id : appliedPostingIds == null ? List.<UUID>of() : appliedPostingIds) {
            CompiledPosting p = snapshot.find(id).map(PostingCatalog.Entry::posting).orElseThrow(
                    () -> ProblemException.invalidField("appliedPostingIds", "no posting with id " + id));
            prior.add(new ApplicationHistory.PriorApplication(id, p.title(), ApplicationService.groupKey(p), null, true));
        }
        return rank(null, profile, new ApplicationHistory(List.copyOf(prior)), snapshot, postingIds, limit);
    }

    /** Ranks postings for one of the candidate's stored resumes; their applications count for limits. */
    public MatchResponse matchStored(String candidateId, UUID resumeId, List<UUID> postingIds, Integer limit) {
        StoredResume resume = resumes.find(candidateId, resumeId);
        PostingCatalog.Snapshot snapshot = catalog.current();
        return rank(resumeId, resumes.profile(resume), applications.history(resume.candidateId, snapshot), snapshot,
                postingIds, limit);
    }

    /** A page of the matches of one of the candidate's stored resumes against all open postings, best first. */
    public PageResponse<MatchResult> matchesOfResume(String candidateId, UUID resumeId, PageRequest page) {
        StoredResume resume = resumes.find(candidateId, resumeId);
        PostingCatalog.Snapshot snapshot = catalog.current();
        FitScorer.Candidate candidate = scorer.candidate(CandidateFacts.of(resumes.profile(resume)),
                applications.history(resume.candidateId, snapshot), today());
        Ranking.Top<CompiledPosting> top = Ranking.postings(candidate, snapshot.open(), upTo(page));
        List<MatchResult> items = slice(top.best(), page).stream().map(r -> candidate.match(r.item(), true)).toList();
        return new PageResponse<>(items, page.page, page.size, top.seen());
    }

    /**
     * A page of stored resumes ranked for one posting, best first. Which resumes are scored is up to
     * {@link ResumeRecall}; the total is how many were.
     */
    public PageResponse<ResumeMatch> resumesForPosting(UUID postingId, PageRequest page) {
        PostingCatalog.Snapshot snapshot = catalog.current();
        CompiledPosting posting = snapshot.find(postingId).map(PostingCatalog.Entry::posting)
                .orElseThrow(() -> ProblemException.notFound("posting", postingId));
        int needed = upTo(page);
        LocalDate today = today();
        Ranking.Top<FitScorer.Candidate> top = new Ranking.Top<>(needed);
        ResumeRecall.Session session = recall.session(posting, needed);
        for (List<ResumeRef> refs = session.next(); !refs.isEmpty(); refs = session.next()) {
            Map<UUID, CandidateFacts> facts = recall.facts(refs);
            Map<String, ApplicationHistory> histories = applications.histories(
                    refs.stream().map(ResumeRef::candidateId).distinct().toList(), snapshot);
            for (ResumeRef ref : refs) {
                CandidateFacts resume = facts.get(ref.id());
                if (resume == null) {
                    continue; // deleted since it was recalled
                }
                FitScorer.Candidate candidate = scorer.candidate(resume,
                        histories.getOrDefault(ref.candidateId(), ApplicationHistory.NONE), today);
                Eligibility eligibility = candidate.eligibility(posting);
                session.scored(eligibility);
                top.offer(candidate, eligibility, candidate.score(posting), ref.id());
            }
        }
        List<Ranking.Ranked<FitScorer.Candidate>> shown = slice(top.best(), page);
        Map<UUID, ResumeProfile> profiles = resumes.profiles(shown.stream().map(Ranking.Ranked::id).toList());
        List<ResumeMatch> items = shown.stream().filter(r -> profiles.containsKey(r.id()))
                .map(r -> new ResumeMatch(r.id(), profiles.get(r.id()).text(), r.item().match(posting, false)))
                .toList();
        return new PageResponse<>(items, page.page, page.size, top.seen());
    }

    /**
     * For each company group with an application limit and open postings: which postings to apply to and
     * in what order. The best fits the candidate is eligible for come first, because a group that considers
     * applications in order looks at the first one first; postings the candidate is not eligible for are
     * never suggested. The resume must be one of the candidate's.
     */
    public ApplicationPlan plan(String candidateId, UUID resumeId) {
        StoredResume resume = resumes.find(candidateId, resumeId);
        PostingCatalog.Snapshot snapshot = catalog.current();
        ApplicationHistory history = applications.history(resume.candidateId, snapshot);
        FitScorer.Candidate candidate = scorer.candidate(CandidateFacts.of(resumes.profile(resume)), history, today());
        Map<String, List<CompiledPosting>> groups = new LinkedHashMap<>();
        snapshot.open().stream().filter(p -> p.limit() != null)
                .sorted(Comparator.comparing((CompiledPosting p) -> p.limit().groupName()).thenComparing(CompiledPosting::id))
                .forEach(p -> groups.computeIfAbsent(p.limit().groupKey(), k -> new ArrayList<>()).add(p));
        List<GroupPlan> plans = new ArrayList<>();
        for (List<CompiledPosting> postings : groups.values()) {
            plans.add(groupPlan(postings, history, candidate));
        }
        return new ApplicationPlan(resumeId, List.copyOf(plans));
    }

    private GroupPlan groupPlan(List<CompiledPosting> postings, ApplicationHistory history, FitScorer.Candidate candidate) {
        LimitPolicy limit = postings.get(0).limit();
        int used = history.holdingSlots(limit.groupKey()).size();
        int left = Math.max(0, limit.maxApplications() - used);
        List<MatchResult> matches = postings.stream().map(p -> candidate.match(p, false)).sorted(FitScorer.RANKING).toList();
        List<PlanStep> apply = new ArrayList<>();
        List<PlanStep> skip = new ArrayList<>();
        for (MatchResult m : matches) {
            if (history.appliedTo(m.postingId())) {
                skip.add(step(null, m, "You have applied to it already."));
            } else if (m.eligibility() == Eligibility.INELIGIBLE) {
                String failed = m.rules().stream().filter(r -> r.outcome() == RuleOutcome.FAIL).map(RuleResult::message)
                        .findFirst().orElse("");
                skip.add(step(null, m, "Not eligible: " + failed));
            } else if (apply.size() < left) {
                int order = apply.size() + 1;
                String why = order == 1 ? "Your best fit in the group (score " + m.score() + ")" : "Your next best fit (score "
                        + m.score() + ")";
                if (m.eligibility() == Eligibility.UNKNOWN) {
                    why += "; state what its rules ask: " + m.rules().stream().filter(r -> r.outcome() == RuleOutcome.UNKNOWN)
                            .map(RuleResult::message).findFirst().orElse("");
                }
                apply.add(step(order, m, why + (why.endsWith(".") ? "" : ".")));
            } else {
                skip.add(step(null, m, "A lower fit than your choices; the limit of " + limit.maxApplications()
                        + " leaves no application for it."));
            }
        }
        String advice;
        if (left == 0) {
            advice = "You have used all " + limit.maxApplications() + " applications " + limit.groupName() + " allows.";
        } else if (apply.isEmpty()) {
            advice = "None of the open postings of " + limit.groupName() + " is a good use of your " + left
                    + " remaining application" + (left == 1 ? "" : "s") + ".";
        } else {
            advice = "Apply to " + (apply.size() == 1 ? "this posting" : "these " + apply.size() + " postings")
                    + (limit.consideredInOrder() ? " in this order: " + limit.groupName()
                    + " considers applications in the order they are made, so the first is the one it looks at first."
                    : "; " + limit.groupName() + " allows " + limit.maxApplications() + " in all.");
        }
        return new GroupPlan(limit.groupName(), limit.maxApplications(), used, limit.consideredInOrder(), advice,
                List.copyOf(apply), List.copyOf(skip));
    }

    private static PlanStep step(Integer order, MatchResult m, String reason) {
        return new PlanStep(order, m.postingId(), m.postingTitle(), m.score(), m.eligibility(), reason);
    }

    private MatchResponse rank(UUID resumeId, ResumeProfile profile, ApplicationHistory history,
                               PostingCatalog.Snapshot snapshot, List<UUID> postingIds, Integer limit) {
        List<CompiledPosting> targets;
        if (postingIds == null || postingIds.isEmpty()) {
            targets = snapshot.open();
        } else {
            targets = new ArrayList<>();
            for (UUID id : postingIds.stream().distinct().toList()) {
                targets.add(snapshot.find(id).map(PostingCatalog.Entry::posting)
                        .orElseThrow(() -> ProblemException.invalidField("postingIds", "no posting with id " + id)));
            }
        }
        FitScorer.Candidate candidate = scorer.candidate(CandidateFacts.of(profile), history, today());
        // ranked without explanations; only the returned matches are explained
        Ranking.Top<CompiledPosting> top = Ranking.postings(candidate, targets, limit == null ? DEFAULT_LIMIT : limit);
        List<MatchResult> matches = top.best().stream().map(r -> candidate.match(r.item(), true)).toList();
        return new MatchResponse(resumeId, profile, top.seen(), matches);
    }

    /** How many of the best items a page needs: all those on earlier pages and on this one. */
    private static int upTo(PageRequest page) {
        return (int) Math.min(Integer.MAX_VALUE - 1, ((long) page.page + 1) * page.size);
    }

    private static <T> List<T> slice(List<T> all, PageRequest page) {
        int from = (int) Math.min(all.size(), (long) page.page * page.size);
        return all.subList(from, Math.min(all.size(), from + page.size));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

}
