package dev.jobfit.matching;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.jobfit.resume.ResumeRecallIndex;
import dev.jobfit.education.DegreeLevel;
import dev.jobfit.education.FieldsOfStudy;
import dev.jobfit.matching.rules.DegreeChecks;
import dev.jobfit.matching.rules.InternshipWindowRule;
import dev.jobfit.posting.analysis.PostingAnalysis;
import dev.jobfit.posting.analysis.PostingAnalysis.DegreeStatus;
import dev.jobfit.posting.analysis.PostingAnalysis.InternshipRequirement;
import dev.jobfit.resume.RecallCriteria;
import dev.jobfit.resume.RecallCriteria.Outlook;
import dev.jobfit.resume.ResumeRecallIndex.Recalled;
import dev.jobfit.resume.ResumeRecallIndex.Weight;
import dev.jobfit.time.MonthRange;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.HashSet;
import dev.jobfit.resume.ResumeStore;
import dev.jobfit.resume.ResumeStore.ResumeRef;
import dev.jobfit.resume.profile.ResumeProfile;
import dev.jobfit.skills.SkillEngine;
import dev.jobfit.skills.relatedness.SkillRelatedness;
import dev.jobfit.time.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which stored resumes are scored for a posting, and their matching facts.
 *
 * <p>With up to {@link MatchingConfig#resumeRecall()} live resumes every one is scored, so the ranking is
 * exact. With more, the database recalls that many at a time ({@link ResumeRecallIndex}), by outlook: first
 * among the resumes whose indexed facts may meet the posting's degree (level, status and field),
 * internship-window and start-deadline rules ({@link RecallCriteria}, which err towards passing, so no resume the rules find eligible is elsewhere);
 * when fewer than the page needs turn out eligible, among those whose facts leave a rule undecided; then among
 * the rest. Within an outlook the resumes with the most weighted overlap with the posting's skills come first:
 * each skill group of the posting ("PyTorch or TensorFlow") counts once, through the best of its skills the
 * resume is indexed under, a required group 3, a preferred one 2, a small parent of one of its skills 1 (one
 * under which siblings earn credit), each times the resume's weight for the key, reading at most about
 * {@link MatchingConfig#recallRows()} index rows, the rarer keys first, and reading the facts of only the
 * {@link #AMONG} times the recall size resumes with the most overlap. When that finds fewer than the recall size
 * in the outlook, the outlook is rare among them (or its resumes have the keys the budget left out), and the
 * database looks through every resume sharing a skill with the posting instead: exact, and slower. Only recalled resumes are scored precisely, the rules
 * decide their eligibility, and the ranking orders them. Resumes not indexed yet are always scored.
 * Resumes that share no skill with the posting are not ranked then; for a posting that asks for no skill the
 * newest of each outlook are.
 *
 * <p>Which outlooks of a compiled posting were looked up facts first is remembered for {@link #PLAN_TTL}, so
 * that the next ranking for it skips the overlap query it would not use; the plan changes how resumes are
 * found, never which, so replicas need not share it.
 *
 * <p>Facts are kept in a bounded in-memory cache by resume id. A stored profile never changes, and a deleted
 * or expired resume is never recalled, so the cache needs no invalidation and replicas cannot disagree.
 */
@ApplicationScoped
public class ResumeRecall {

    static final int REQUIRED = 3;
    static final int PREFERRED = 2;
    static final int RELATED = 1;

    /** An outlook's resumes are first looked for among this many times the recall size sharing the most skills. */
    static final int AMONG = 3;

    /**
     * How long the recall remembers that a posting's outlook was looked up facts first, so that the next
     * ranking for the posting goes there straight away, without the overlap query. The plan only decides how
     * the resumes are found, not which: the facts-first query is exact, so a stale plan costs time, never a
     * resume. A new version of a posting is a new compiled posting, with no plan.
     */
    static final Duration PLAN_TTL = Duration.ofMinutes(10);

    /** A day in weeks, and the most days a month has: how many whole months can hold a number of weeks. */
    private static final double DAYS_PER_WEEK = 7.0;
    private static final double MOST_DAYS_PER_MONTH = 31.0;

    private final ResumeStore store;
    private final ResumeRecallIndex index;
    private final SkillRelatedness relatedness;
    private final MatchingConfig config;
    private final Cache<UUID, CandidateFacts> facts;
    private final Cache<CompiledPosting, Set<Outlook>> factsFirst = Caffeine.newBuilder().weakKeys()
            .expireAfterWrite(PLAN_TTL).maximumSize(10_000).build();

    ResumeRecall(ResumeStore store, ResumeRecallIndex index, SkillEngine skills, MatchingConfig config) {
        this.store = store;
        this.index = index;
        this.relatedness = skills.relatedness();
        this.config = config;
        this.facts = Caffeine.newBuilder().maximumSize(config.factsCacheSize()).build();
    }

    /** Starts recalling resumes for {@code posting}, for a ranking that needs its best {@code needed}. */
    public Session session(CompiledPosting posting, int needed) {
        if (store.countLive() <= config.resumeRecall()) {
            return new Session(null, null, null, needed, Set.of());
        }
        Map<String, Weight> weights = weights(posting);
        return new Session(withinBudget(weights), weights, criteria(posting), needed,
                factsFirst.get(posting, p -> ConcurrentHashMap.newKeySet()));
    }

    /**
     * The resumes to score for one ranking, a batch at a time: call {@link #next()} until it returns none,
     * reporting each scored resume's eligibility with {@link #scored}.
     */
    public final class Session {
        private final Map<String, Weight> keys;
        private final Map<String, Weight> allKeys;
        private final RecallCriteria criteria;
        private final int needed;
        private final Set<Outlook> factsFirst;
        private final Set<UUID> recalled = new HashSet<>();
        private final int[] scored = new int[Eligibility.values().length];
        private Outlook outlook;
        private List<Recalled> among;
        private boolean done;

        private Session(Map<String, Weight> keys, Map<String, Weight> allKeys, RecallCriteria criteria, int needed,
                        Set<Outlook> factsFirst) {
            this.keys = keys;
            this.allKeys = allKeys;
            this.criteria = criteria;
            this.needed = needed;
            this.factsFirst = factsFirst;
        }

        /**
         * The next resumes to score, none when the ranking has what it needs: every live resume when there are
         * few; else the next outlook's recall, until the page's worth of resumes are of an eligibility no resume
         * of a later outlook can reach.
         */
        public List<ResumeRef> next() {
            if (done) {
                return List.of();
            }
            if (criteria == null) {
                done = true;
                return store.liveRefs();
            }
            while (true) {
                int following = outlook == null ? 0 : outlook.ordinal() + 1; // outlooks are declared best first
                outlook = following < Outlook.values().length ? Outlook.values()[following] : null;
                if (outlook == null || missing() == 0) {
                    done = true;
                    return List.of();
                }
                OffsetDateTime now = Timestamps.now();
                int limit = config.resumeRecall();
                List<UUID> found;
                if (keys.isEmpty()) {
                    found = index.recall(keys, criteria, outlook, now, limit); // the newest of the outlook
                } else if (factsFirst.contains(outlook)) {
                    // the last ranking for this posting found this outlook rare among the best overlaps
                    found = index.recall(allKeys, criteria, outlook, now, limit);
                } else {
                    if (among == null) {
                        among = index.recallAmong(keys, criteria, now, AMONG * limit);
                    }
                    Outlook wanted = outlook;
                    found = among.stream().filter(r -> r.outlook() == wanted).limit(limit).map(Recalled::id).toList();
                    boolean complete = among.size() < AMONG * limit && keys.size() == allKeys.size();
                    if (!complete && found.size() < Math.min(limit, 2 * missing())) {
                        // the outlook is rare among the resumes sharing the most skills, or the row budget left out
                        // keys its resumes may have: look through every resume of the outlook, with every key
                        found = index.recall(allKeys, criteria, outlook, now, limit);
                        factsFirst.add(outlook);
                    }
                }
                Set<UUID> ids = new LinkedHashSet<>(found);
                if (outlook == Outlook.ELIGIBLE) {
                    ids.addAll(index.unindexed(now, config.resumeRecall()));
                }
                ids.removeAll(recalled);
                recalled.addAll(ids);
                if (!ids.isEmpty()) {
                    return store.liveRefs(ids);
                }
            }
        }

        /**
         * How many more resumes the page needs from the current outlook on: the needed less those scored already
         * that no resume of this or a later outlook can outrank (eligible ones before the UNKNOWN outlook is
         * read, eligible or unknown ones before the INELIGIBLE one).
         */
        private int missing() {
            int good = 0;
            if (outlook != Outlook.ELIGIBLE) {
                good += scored[Eligibility.ELIGIBLE.ordinal()];
            }
            if (outlook == Outlook.INELIGIBLE) {
                good += scored[Eligibility.UNKNOWN.ordinal()];
            }
            return Math.max(0, needed - good);
        }

        /** Reports the eligibility of a resume of the last batch. */
        public void scored(Eligibility eligibility) {
            scored[eligibility.ordinal()]++;
        }
    }

    /**
     * What the posting's degree, internship-window and start-deadline rules ask, for the index: the accepted
     * levels and the start as the rules work them out; for each window, the fewest whole months an availability
     * must share with it to cover the weeks the rule needs (a month has at most 31 days).
     */
    static RecallCriteria criteria(CompiledPosting posting) {
        PostingAnalysis analysis = posting.analysis();
        RecallCriteria.Degree degree = DegreeChecks.required(analysis).map(required -> {
            RecallCriteria.Status status = required.status() == DegreeStatus.PURSUING ? RecallCriteria.Status.IN_PROGRESS
                    : required.status() == DegreeStatus.COMPLETED ? RecallCriteria.Status.COMPLETED_BY_START : null;
            Set<DegreeLevel> accepted = EnumSet.noneOf(DegreeLevel.class);
            for (DegreeLevel level : DegreeLevel.values()) {
                if (DegreeChecks.acceptedLevel(required, level)) {
                    accepted.add(level);
                }
            }
            YearMonth start = DegreeChecks.start(analysis).orElse(null);
            return new RecallCriteria.Degree(accepted, !required.levels().isEmpty(), status, start,
                    FieldsOfStudy.keysMatching(required.fields()));
        }).filter(d -> d.levelRequired() || d.status() != null || !d.fields().isEmpty()).orElse(null);
        List<RecallCriteria.Window> windows = new ArrayList<>();
        InternshipRequirement internship = analysis.internship();
        if (internship != null) {
            for (MonthRange window : internship.windows()) {
                double weeks = InternshipWindowRule.neededWeeks(internship, window);
                int months = (int) Math.max(0, Math.ceil((weeks - 1e-6) * DAYS_PER_WEEK / MOST_DAYS_PER_MONTH));
                windows.add(new RecallCriteria.Window(window.start(), window.end(), months));
            }
        }
        YearMonth deadline = analysis.startDeadline() == null ? null : YearMonth.from(analysis.startDeadline().date());
        return new RecallCriteria(degree, windows, deadline);
    }

    /** How much each skill key counts in the recall of resumes for {@code posting}, and which group it stands for. */
    Map<String, Weight> weights(CompiledPosting posting) {
        Map<String, Weight> weights = new HashMap<>();
        int group = addUnits(weights, posting.requiredSkills(), REQUIRED, 0);
        addUnits(weights, posting.preferredSkills(), PREFERRED, group);
        return weights;
    }

    private int addUnits(Map<String, Weight> weights, List<SkillUnit> units, int factor, int group) {
        for (SkillUnit unit : units) {
            for (SkillUnit.RequiredSkill skill : unit.skills()) {
                add(weights, skill.key(), new Weight(group, factor));
                if (skill.skillId() != null) {
                    for (String parent : relatedness.siblingParents(skill.skillId())) {
                        add(weights, parent, new Weight(group, RELATED));
                    }
                }
            }
            group++;
        }
        return group;
    }

    /** A key in several groups counts for the one it counts most in. */
    private static void add(Map<String, Weight> weights, String key, Weight weight) {
        weights.merge(key, weight, (a, b) -> b.factor() > a.factor() ? b : a);
    }

    /** The most telling of {@code weights} whose index rows fit {@link MatchingConfig#recallRows()}. */
    Map<String, Weight> withinBudget(Map<String, Weight> weights) {
        if (weights.isEmpty()) {
            return weights;
        }
        return withinBudget(weights, index.frequencies(weights.keySet()), config.recallRows());
    }

    /**
     * The keys of {@code weights} to read, the highest factor first and the rarer first among equals, while
     * their {@code rows} fit {@code budget}; the first key always.
     */
    static Map<String, Weight> withinBudget(Map<String, Weight> weights, Map<String, Long> rows, long budget) {
        List<String> keys = new ArrayList<>(weights.keySet());
        keys.sort(Comparator.comparing((String k) -> -weights.get(k).factor()).thenComparing(rows::get)
                .thenComparing(k -> k));
        Map<String, Weight> kept = new HashMap<>();
        for (String key : keys) {
            long cost = rows.get(key);
            if (kept.isEmpty() || cost <= budget) {
                kept.put(key, weights.get(key));
                budget -= cost;
            }
        }
        return kept;
    }

    /** The outlooks of {@code posting} the recall now looks up facts first (for tests). */
    Set<Outlook> factsFirst(CompiledPosting posting) {
        Set<Outlook> outlooks = factsFirst.getIfPresent(posting);
        return outlooks == null ? Set.of() : Set.copyOf(outlooks);
    }

    /** The matching facts of {@code refs}, by id: from the cache, else read in one query per thousand. */
    public Map<UUID, CandidateFacts> facts(List<ResumeRef> refs) {
        Map<UUID, CandidateFacts> found = new HashMap<>(facts.getAllPresent(refs.stream().map(ResumeRef::id).toList()));
        List<UUID> missing = refs.stream().map(ResumeRef::id).filter(id -> !found.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            for (Map.Entry<UUID, ResumeProfile> e : store.profiles(missing).entrySet()) {
                CandidateFacts read = CandidateFacts.of(e.getValue());
                facts.put(e.getKey(), read);
                found.put(e.getKey(), read);
            }
        }
        return found;
    }
}
