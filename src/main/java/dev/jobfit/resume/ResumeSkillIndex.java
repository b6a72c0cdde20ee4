package dev.jobfit.resume;

import dev.jobfit.resume.profile.ResumeProfile;
import dev.jobfit.resume.profile.ResumeProfile.ResumeSkill;
import dev.jobfit.skills.SkillEngine;
import dev.jobfit.skills.SkillKeys;
import dev.jobfit.skills.relatedness.SkillRelatedness;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The skill index of stored resumes ({@code resume_skill}), the recall stage of ranking resumes for a posting.
 * A resume is indexed under each skill it shows (weight 100) and under each broader skill those earn credit
 * for ({@link SkillRelatedness#credits}, in percent), so that a posting asking for "deep learning" recalls
 * resumes that show PyTorch. Skills outside the taxonomy are indexed under their {@code text:} key, as the
 * scorer keys them.
 */
@ApplicationScoped
public class ResumeSkillIndex {

    /** Skill keys longer than this are not indexed (the column's size); such a key is never a posting's. */
    static final int MAX_KEY_LENGTH = 200;
    private static final int ROWS_PER_INSERT = 300;

    /** How long a key's row count is trusted: it only steers which keys the recall reads. */
    static final Duration FREQUENCY_TTL = Duration.ofMinutes(10);

    private final EntityManager entityManager;
    private final SkillRelatedness relatedness;
    private final Cache<String, Long> frequencies = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterWrite(FREQUENCY_TTL).build();

    ResumeSkillIndex(EntityManager entityManager, SkillEngine skills) {
        this.entityManager = entityManager;
        this.relatedness = skills.relatedness();
    }

    /** The index entries of a profile: skill key to weight in percent, the best weight per key. */
    public static Map<String, Integer> entries(ResumeProfile profile, SkillRelatedness relatedness) {
        Map<String, Integer> entries = new TreeMap<>();
        for (ResumeSkill skill : profile.skills()) {
            if (skill.skillId() != null) {
                relatedness.credits(skill.skillId()).forEach((key, weight) ->
                        put(entries, key, (int) Math.round(weight * 100)));
            } else {
                put(entries, SkillKeys.of(null, skill.name()), 100);
            }
        }
        return entries;
    }

    private static void put(Map<String, Integer> entries, String key, int weight) {
        if (key.length() <= MAX_KEY_LENGTH) {
            entries.merge(key, weight, Math::max);
        }
    }

    /** Writes a stored resume's entries, in place of any it had, and marks it indexed. The resume is flushed first. */
    @Transactional(TxType.MANDATORY)
    public void index(StoredResume resume, ResumeProfile profile) {
        entityManager.flush();
        entityManager.createNativeQuery("delete from resume_skill where resume_id = ?1")
                .setParameter(1, resume.id).executeUpdate();
        List<Map.Entry<String, Integer>> rows = new ArrayList<>(entries(profile, relatedness).entrySet());
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            insert(resume.id, rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT)));
        }
        resume.skillsIndexed = true;
    }

    private void insert(UUID resumeId, List<Map.Entry<String, Integer>> rows) {
        StringBuilder sql = new StringBuilder("insert into resume_skill (resume_id, skill_key, weight) values ");
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?)");
        }
        Query insert = entityManager.createNativeQuery(sql.toString());
        int p = 1;
        for (Map.Entry<String, Integer> row : rows) {
            insert.setParameter(p++, resumeId);
            insert.setParameter(p++, row.getKey());
            insert.setParameter(p++, row.getValue().shortValue());
        }
        insert.executeUpdate();
    }

    /**
     * The ids of the resumes with the most weighted overlap with {@code factors} (skill key to how much it
     * counts), best first, at most {@code limit}. A resume's recall score is the sum over the keys it is
     * indexed under of weight times factor. Expired resumes may be among them: callers filter by expiry.
     */
    @Transactional(TxType.SUPPORTS)
    public List<UUID> recall(Map<String, Integer> factors, int limit) {
        if (factors.isEmpty() || limit <= 0) {
            return List.of();
        }
        Map<Integer, List<String>> byFactor = new TreeMap<>(java.util.Comparator.reverseOrder());
        factors.forEach((key, factor) -> byFactor.computeIfAbsent(factor, f -> new ArrayList<>()).add(key));
        StringBuilder score = new StringBuilder("case");
        Map<String, Collection<String>> parameters = new LinkedHashMap<>();
        for (Map.Entry<Integer, List<String>> e : byFactor.entrySet()) {
            String name = "keys" + parameters.size();
            score.append(" when s.skill_key in (:").append(name).append(") then ").append(e.getKey().intValue());
            parameters.put(name, e.getValue());
        }
        score.append(" else 0 end");
        Query query = entityManager.createNativeQuery("select s.resume_id from resume_skill s"
                + " where s.skill_key in (:all)"
                + " group by s.resume_id"
                + " order by sum(s.weight * " + score + ") desc, s.resume_id"
                + " limit :limit", UUID.class);
        query.setParameter("all", factors.keySet());
        parameters.forEach(query::setParameter);
        query.setParameter("limit", limit);
        @SuppressWarnings("unchecked")
        List<UUID> ids = query.getResultList();
        return ids;
    }

    /**
     * How many rows each key has (resumes indexed under it, live or not), at most {@link #FREQUENCY_TTL} old:
     * one query for the keys not known yet.
     */
    @Transactional(TxType.SUPPORTS)
    public Map<String, Long> frequencies(Collection<String> keys) {
        Map<String, Long> known = new HashMap<>(frequencies.getAllPresent(keys));
        List<String> missing = keys.stream().filter(k -> !known.containsKey(k)).distinct().toList();
        if (!missing.isEmpty()) {
            for (String key : missing) {
                known.put(key, 0L);
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery(
                            "select skill_key, count(*) from resume_skill where skill_key in (:keys) group by skill_key")
                    .setParameter("keys", missing).getResultList();
            for (Object[] row : rows) {
                known.put((String) row[0], ((Number) row[1]).longValue());
            }
            for (String key : missing) {
                frequencies.put(key, known.get(key));
            }
        }
        return known;
    }

    /** Live resumes not indexed yet (stored before the index existed), oldest first, at most {@code limit}. */
    @Transactional(TxType.SUPPORTS)
    public List<UUID> unindexed(OffsetDateTime now, int limit) {
        return entityManager.createQuery(
                        "select r.id from StoredResume r where r.skillsIndexed = false and r.expiresAt > ?1"
                                + " order by r.createdAt, r.id", UUID.class)
                .setParameter(1, now).setMaxResults(limit).getResultList();
    }
}
