package dev.jobfit.matching;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.jobfit.resume.ResumeSkillIndex;
import dev.jobfit.resume.ResumeStore;
import dev.jobfit.resume.ResumeStore.ResumeRef;
import dev.jobfit.resume.profile.ResumeProfile;
import dev.jobfit.skills.SkillEngine;
import dev.jobfit.skills.relatedness.SkillRelatedness;
import dev.jobfit.time.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which stored resumes are scored for a posting, and their matching facts.
 *
 * <p>With up to {@link MatchingConfig#resumeRecall()} live resumes every one is scored, so the ranking is
 * exact. With more, the database recalls the ones with the most weighted overlap between the posting's skills
 * and each resume's indexed skills ({@link ResumeSkillIndex}): a required skill counts 3, a preferred one 2, a
 * small parent of either 1 (one under which siblings earn credit; it reaches resumes showing a sibling or the
 * parent itself), each times the resume's weight for it, reading at most about
 * {@link MatchingConfig#recallRows()} index rows. Only the recalled resumes are scored precisely. Resumes not
 * indexed yet are always scored. Resumes that share no skill with the posting are not ranked then; for a posting that
 * asks for no skill at all the newest are.
 *
 * <p>Facts are kept in a bounded in-memory cache by resume id. A stored profile never changes, and a deleted
 * or expired resume is never recalled, so the cache needs no invalidation and replicas cannot disagree.
 */
@ApplicationScoped
public class ResumeRecall {

    static final int REQUIRED = 3;
    static final int PREFERRED = 2;
    static final int RELATED = 1;

    private final ResumeStore store;
    private final ResumeSkillIndex index;
    private final SkillRelatedness relatedness;
    private final MatchingConfig config;
    private final Cache<UUID, CandidateFacts> facts;

    ResumeRecall(ResumeStore store, ResumeSkillIndex index, SkillEngine skills, MatchingConfig config) {
        this.store = store;
        this.index = index;
        this.relatedness = skills.relatedness();
        this.config = config;
        this.facts = Caffeine.newBuilder().maximumSize(config.factsCacheSize()).build();
    }

    /**
     * The live stored resumes to score for {@code posting}: all of them, or the {@link MatchingConfig#resumeRecall()}
     * recalled ones and those not indexed yet. A posting that asks for no skill recalls the newest.
     */
    public List<ResumeRef> candidates(CompiledPosting posting) {
        int recall = config.resumeRecall();
        if (store.countLive() <= recall) {
            return store.liveRefs();
        }
        Map<String, Integer> factors = factors(posting);
        if (factors.isEmpty()) {
            return store.newestRefs(recall);
        }
        Set<UUID> ids = new LinkedHashSet<>(index.recall(withinBudget(factors), recall));
        ids.addAll(index.unindexed(Timestamps.now(), recall));
        return store.liveRefs(ids);
    }

    /** How much each skill key counts in the recall of resumes for {@code posting}. */
    Map<String, Integer> factors(CompiledPosting posting) {
        Map<String, Integer> factors = new HashMap<>();
        addUnits(factors, posting.requiredSkills(), REQUIRED);
        addUnits(factors, posting.preferredSkills(), PREFERRED);
        return factors;
    }

    /** The most telling of {@code factors} whose index rows fit {@link MatchingConfig#recallRows()}. */
    Map<String, Integer> withinBudget(Map<String, Integer> factors) {
        return withinBudget(factors, index.frequencies(factors.keySet()), config.recallRows());
    }

    /**
     * The keys of {@code factors} to read, most important first and the rarer first among equals, while their
     * {@code rows} fit {@code budget}; the first key always.
     */
    static Map<String, Integer> withinBudget(Map<String, Integer> factors, Map<String, Long> rows, long budget) {
        List<String> keys = new ArrayList<>(factors.keySet());
        keys.sort(Comparator.comparing((String k) -> -factors.get(k)).thenComparing(rows::get).thenComparing(k -> k));
        Map<String, Integer> kept = new HashMap<>();
        for (String key : keys) {
            long cost = rows.get(key);
            if (kept.isEmpty() || cost <= budget) {
                kept.put(key, factors.get(key));
                budget -= cost;
            }
        }
        return kept;
    }

    private void addUnits(Map<String, Integer> factors, List<SkillUnit> units, int factor) {
        for (SkillUnit unit : units) {
            for (SkillUnit.RequiredSkill skill : unit.skills()) {
                factors.merge(skill.key(), factor, Math::max);
                if (skill.skillId() != null) {
                    for (String parent : relatedness.siblingParents(skill.skillId())) {
                        factors.merge(parent, RELATED, Math::max);
                    }
                }
            }
        }
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
