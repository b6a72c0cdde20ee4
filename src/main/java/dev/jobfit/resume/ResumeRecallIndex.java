package dev.jobfit.resume;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.jobfit.education.DegreeLevel;
import dev.jobfit.education.FieldsOfStudy;
import dev.jobfit.resume.RecallCriteria.Outlook;
import dev.jobfit.resume.profile.ResumeProfile;
import dev.jobfit.resume.profile.ResumeProfile.Availability;
import dev.jobfit.resume.profile.ResumeProfile.Education;
import dev.jobfit.resume.profile.ResumeProfile.EducationStatus;
import dev.jobfit.resume.profile.ResumeProfile.ResumeSkill;
import dev.jobfit.skills.SkillEngine;
import dev.jobfit.skills.SkillKeys;
import dev.jobfit.skills.relatedness.SkillRelatedness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BinaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.query.NativeQuery;

/**
 * The recall index of stored resumes, what ranking resumes for a posting asks before it scores any.
 *
 * <p>Skills ({@code resume_skill}): a resume is indexed under each skill it shows (weight 100) and under each
 * broader skill those earn credit for ({@link SkillRelatedness#credits}, in percent), so that a posting asking
 * for "deep learning" recalls resumes that show PyTorch. Skills outside the taxonomy are indexed under their
 * {@code text:} key, as the scorer keys them.
 *
 * <p>Eligibility facts (columns of {@code resume}, see {@link Facts}, and {@code resume_field}): what the degree,
 * internship-window and start-deadline rules read, so that the recall can look among the resumes whose facts
 * allow a given {@link RecallCriteria.Outlook} for the posting's {@link RecallCriteria}.
 */
@ApplicationScoped
public class ResumeRecallIndex {

    /** The version of the index rows written now; resumes with rows of an earlier one are indexed again. */
    public static final short VERSION = 3;

    /** Skill keys longer than this are not indexed (the column's size); such a key is never a posting's. */
    static final int MAX_KEY_LENGTH = 200;
    private static final int ROWS_PER_INSERT = 300;

    /** How long a key's row count is trusted: it only steers which keys the recall reads. */
    static final Duration FREQUENCY_TTL = Duration.ofMinutes(10);

    private final EntityManager entityManager;
    private final SkillRelatedness relatedness;
    private final Cache<String, Long> frequencies = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterWrite(FREQUENCY_TTL).build();

    ResumeRecallIndex(EntityManager entityManager, SkillEngine skills) {
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

    /**
     * The eligibility facts of a profile as the index keeps them: columns of its {@code resume} row (migration V7)
     * that sum up what the degree, internship-window and start-deadline rules ask of any of its degrees or periods,
     * and the keys of its degrees' fields. Each sum errs towards passing: a test on it holds whenever the rule's
     * test on some single degree or period would (the latest end of any degree in progress, the span from the
     * earliest to the latest period), which is what the recall needs. Level sets have one bit per
     * {@link DegreeLevel} ({@link #bit}); months are numbered as {@link RecallCriteria#number} numbers them.
     *
     * @param degreeLevels the levels of its degrees
     * @param pursuingLevels the levels of those stated in progress
     * @param completedLevels the levels of those stated completed
     * @param pursuingUntil the latest expected end of a degree in progress; null when one states none, or none is
     * @param earliestGraduation the earliest end any degree states
     * @param undatedDegree whether a degree states no end
     * @param unnamedField whether a degree names no field
     * @param availableFrom the first month of the earliest period of availability; null when none is stated
     * @param availableUntil the last month of the latest period; null when one is open-ended, or none is stated
     * @param graduation the expected or actual end of the highest degree
     * @param fields the keys of the degrees' fields ({@link FieldsOfStudy#keys})
     */
    public record Facts(int degreeLevels, int pursuingLevels, int completedLevels, Integer pursuingUntil,
                        Integer earliestGraduation, boolean undatedDegree, boolean unnamedField, Integer availableFrom,
                        Integer availableUntil, Integer graduation, Set<String> fields) {

        public Facts {
            fields = Set.copyOf(fields);
        }

        public static Facts of(ResumeProfile profile) {
            int levels = 0;
            int pursuing = 0;
            int completed = 0;
            Integer pursuingUntil = null;
            boolean pursuingUndated = false;
            Integer earliest = null;
            boolean undated = false;
            boolean unnamed = false;
            Set<String> fields = new TreeSet<>();
            for (Education e : profile.education()) {
                if (e.level() != null) {
                    Integer end = number(e.graduation());
                    levels |= bit(e.level());
                    if (e.status() == EducationStatus.IN_PROGRESS) {
                        pursuing |= bit(e.level());
                        pursuingUndated |= end == null;
                        pursuingUntil = extreme(pursuingUntil, end, Math::max);
                    } else if (e.status() != null) {
                        completed |= bit(e.level());
                    }
                    earliest = extreme(earliest, end, Math::min);
                    undated |= end == null;
                    unnamed |= e.field() == null;
                }
                FieldsOfStudy.keys(e.field()).stream().filter(k -> k.length() <= MAX_KEY_LENGTH).forEach(fields::add);
            }
            Integer from = null;
            Integer until = null;
            boolean openEnded = false;
            for (Availability a : profile.availability()) {
                if (a.start() != null) {
                    int first = number(a.start());
                    Integer last = number(a.end());
                    from = extreme(from, first, Math::min);
                    openEnded |= last == null;
                    until = extreme(until, last, Math::max);
                }
            }
            return new Facts(levels, pursuing, completed, pursuingUndated ? null : pursuingUntil, earliest, undated,
                    unnamed, from, openEnded ? null : until, number(profile.graduation()), fields);
        }

        /** Sets these facts on a stored resume's columns. */
        void applyTo(StoredResume resume) {
            resume.degreeLevels = (short) degreeLevels;
            resume.pursuingLevels = (short) pursuingLevels;
            resume.completedLevels = (short) completedLevels;
            resume.pursuingUntil = pursuingUntil;
            resume.earliestGraduation = earliestGraduation;
            resume.undatedDegree = undatedDegree;
            resume.unnamedField = unnamedField;
            resume.availableFrom = availableFrom;
            resume.availableUntil = availableUntil;
            resume.graduation = graduation;
        }

        private static Integer number(YearMonth month) {
            return month == null ? null : RecallCriteria.number(month);
        }

        /** The one of two months {@code pick} picks, either of which may be missing. */
        private static Integer extreme(Integer a, Integer b, BinaryOperator<Integer> pick) {
            return a == null ? b : b == null ? a : pick.apply(a, b);
        }
    }

    /** A level's bit in the level sets of {@link Facts}. */
    public static int bit(DegreeLevel level) {
        return 1 << level.ordinal();
    }

    /**
     * Writes a stored resume's skill entries and eligibility facts, in place of any it had, and marks it indexed
     * at {@link #VERSION}. The resume is flushed first.
     */
    @Transactional(TxType.MANDATORY)
    public void index(StoredResume resume, ResumeProfile profile) {
        entityManager.flush();
        // resume_degree and resume_availability are read only by the previous release (V7): emptied, not written
        for (String table : List.of("resume_skill", "resume_field", "resume_degree", "resume_availability")) {
            entityManager.createNativeQuery("delete from " + table + " where resume_id = ?1")
                    .setParameter(1, resume.id).executeUpdate();
        }
        List<Map.Entry<String, Integer>> rows = new ArrayList<>(entries(profile, relatedness).entrySet());
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<Object[]> values = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT)).stream()
                    .map(e -> new Object[] {resume.id, e.getKey(), e.getValue().shortValue()}).toList();
            insert("resume_skill (resume_id, skill_key, weight)", "(?, ?, ?)", values);
        }
        Facts facts = Facts.of(profile);
        insert("resume_field (resume_id, field_key)", "(?, ?)",
                facts.fields().stream().sorted().map(key -> new Object[] {resume.id, key}).toList());
        facts.applyTo(resume);
        resume.recallVersion = VERSION;
    }

    /** Inserts {@code rows} in one statement; {@code row} casts the columns that may be null, so both databases know their type. */
    private void insert(String into, String row, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Query insert = entityManager.createNativeQuery("insert into " + into + " values "
                + String.join(", ", Collections.nCopies(rows.size(), row)));
        int p = 1;
        for (Object[] values : rows) {
            for (Object value : values) {
                insert.setParameter(p++, value);
            }
        }
        insert.executeUpdate();
    }

    /**
     * How much a skill key counts in the recall: the posting's skill group it stands for (a group counts once,
     * through its best key, as the scorer counts it) and its factor.
     */
    public record Weight(int group, int factor) {
    }

    /** A recalled resume and the best eligibility its facts allow. */
    public record Recalled(UUID id, Outlook outlook) {
    }

    /**
     * The live resumes among the {@code among} with the most weighted overlap with {@code keys}, best first, each
     * with its outlook under {@code criteria}. A resume's recall score sums over the posting's skill groups the
     * best weight times factor among the group's keys it is indexed under. Only those resumes' facts are read,
     * which keeps the query fast however many resumes there are. Resumes not indexed at {@link #VERSION} are never
     * among them.
     */
    @Transactional(TxType.SUPPORTS)
    public List<Recalled> recallAmong(Map<String, Weight> keys, RecallCriteria criteria, OffsetDateTime now, int among) {
        if (keys.isEmpty() || among <= 0) {
            return List.of();
        }
        Parameters parameters = new Parameters();
        String[] conditions = conditions(criteria, parameters);
        String sql = "select t.resume_id as id, case when " + conditions[0] + " then 0 when " + conditions[1]
                + " then 1 else 2 end as outlook"
                + " from (select g.resume_id, sum(g.points) as score from (" + groups(keys, parameters,
                "s.skill_key in (" + parameters.add(keys.keySet()) + ")") + ") g"
                + " group by g.resume_id order by score desc, g.resume_id limit " + parameters.add(among) + ") t"
                + " join resume r on r.id = t.resume_id"
                + " where " + live(parameters, now)
                + " order by t.score desc, t.resume_id";
        @SuppressWarnings("unchecked")
        NativeQuery<Object[]> query = entityManager.createNativeQuery(sql).unwrap(NativeQuery.class)
                .addScalar("id", UUID.class).addScalar("outlook", Integer.class);
        parameters.bind(query, sql);
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> new Recalled((UUID) row[0], Outlook.values()[((Number) row[1]).intValue()])).toList();
    }

    /**
     * The ids of the live resumes whose facts allow {@code outlook} under {@code criteria} and that have the most
     * weighted overlap with {@code keys} (as {@link #recallAmong} counts it), best first, at most {@code limit}.
     * Without keys, the newest such resumes. This reads the facts of every resume, then the skills of those of
     * the outlook: slower than {@link #recallAmong} when the outlook is common, but exact, and fast when it is
     * rare. Resumes not indexed at {@link #VERSION} are never among them.
     */
    @Transactional(TxType.SUPPORTS)
    public List<UUID> recall(Map<String, Weight> keys, RecallCriteria criteria, Outlook outlook, OffsetDateTime now,
                             int limit) {
        if (limit <= 0 || (outlook != Outlook.ELIGIBLE && !criteria.any())) {
            return List.of(); // without criteria every resume may be eligible
        }
        Parameters parameters = new Parameters();
        String where = live(parameters, now) + " and " + predicate(criteria, outlook, parameters);
        String sql;
        if (keys.isEmpty()) {
            sql = "select r.id from resume r where " + where + " order by r.created_at desc, r.id";
        } else {
            sql = "select g.resume_id from ("
                    + groups(keys, parameters, "s.resume_id in (select r.id from resume r where " + where + ")") + ") g"
                    + " group by g.resume_id order by sum(g.points) desc, g.resume_id";
        }
        sql += " limit " + parameters.add(limit);
        Query query = entityManager.createNativeQuery(sql, UUID.class);
        parameters.bind(query, sql);
        @SuppressWarnings("unchecked")
        List<UUID> ids = query.getResultList();
        return ids;
    }

    /**
     * Each resume's points per skill group of the posting, for the skill rows that meet {@code where}: the best
     * weight times factor among the group's keys it is indexed under. The condition says how the database finds
     * the rows: by key (the index on skill_key) or by resume (the primary key).
     */
    private static String groups(Map<String, Weight> keys, Parameters parameters, String where) {
        StringJoiner values = new StringJoiner(", ");
        keys.forEach((key, weight) -> values.add("(cast(" + parameters.add(key) + " as varchar(200)), cast("
                + parameters.add(weight.group()) + " as integer), cast(" + parameters.add(weight.factor())
                + " as integer))"));
        return "select s.resume_id, q.skill_group, max(s.weight * q.factor) as points"
                + " from resume_skill s join (values " + values + ") as q (skill_key, skill_group, factor)"
                + " on q.skill_key = s.skill_key"
                + " where " + where
                + " group by s.resume_id, q.skill_group";
    }

    /** The condition on a resume {@code r} that it has not expired and is indexed at this version. */
    private static String live(Parameters parameters, OffsetDateTime now) {
        return "r.expires_at > " + parameters.add(now) + " and r.recall_version = " + parameters.add(VERSION);
    }

    /**
     * The condition on a resume {@code r} that its facts allow {@code outlook}: for ELIGIBLE, every rule may pass;
     * for UNKNOWN, no rule certainly fails but one certainly does not pass; for INELIGIBLE, a rule certainly
     * fails. Each rule's conditions err towards passing (the status and window rules look at any accepted degree
     * and any period, the rules at a particular one), so the rules' ELIGIBLE resumes are all among this ELIGIBLE,
     * and their UNKNOWN ones among this ELIGIBLE or UNKNOWN. Every condition is true or false, never null, so
     * that its negation holds exactly where it does not.
     */
    static String predicate(RecallCriteria criteria, Outlook outlook, Parameters parameters) {
        String[] conditions = conditions(criteria, parameters);
        return switch (outlook) {
            case ELIGIBLE -> conditions[0];
            case UNKNOWN -> conditions[1] + " and not " + conditions[0];
            case INELIGIBLE -> "not " + conditions[1];
        };
    }

    /**
     * The conditions on a resume {@code r} that every rule may pass, and that no rule certainly fails, as tests of
     * its columns ({@link Facts}) and its field keys.
     */
    private static String[] conditions(RecallCriteria criteria, Parameters parameters) {
        List<String> pass = new ArrayList<>();
        List<String> notFail = new ArrayList<>();
        if (criteria.degree() != null) {
            degree(criteria.degree(), parameters, pass, notFail);
        }
        String noPeriod = "r.available_from is null";
        if (!criteria.windows().isEmpty()) {
            StringJoiner covers = new StringJoiner(" or ", "(", ")");
            for (RecallCriteria.Window w : criteria.windows()) {
                if (w.months() <= 0) {
                    covers.add("1 = 1");
                } else {
                    String last = parameters.add(RecallCriteria.number(w.last()));
                    covers.add("least(coalesce(r.available_until, " + last + "), " + last + ") - greatest(r.available_from, "
                            + parameters.add(RecallCriteria.number(w.first())) + ") + 1 >= " + parameters.add(w.months()));
                }
            }
            String windowPass = "(r.available_from is not null and " + covers + ")";
            pass.add(windowPass);
            notFail.add("(" + windowPass + " or " + noPeriod + ")");
        }
        if (criteria.deadline() != null) {
            String latest = parameters.add(RecallCriteria.number(criteria.deadline()));
            String deadlinePass = "((r.available_from is not null and r.available_from <= " + latest + ") or (" + noPeriod
                    + " and r.graduation is not null and r.graduation <= " + latest + "))";
            pass.add(deadlinePass);
            notFail.add("(" + deadlinePass + " or (" + noPeriod + " and r.graduation is null))");
        }
        String allPass = pass.isEmpty() ? "1 = 1" : String.join(" and ", pass);
        String noneFails = notFail.isEmpty() ? "1 = 1" : String.join(" and ", notFail);
        return new String[] {"(" + allPass + ")", "(" + noneFails + ")"};
    }

    private static void degree(RecallCriteria.Degree degree, Parameters parameters, List<String> pass, List<String> notFail) {
        Set<DegreeLevel> accepted = degree.accepted();
        String none = "r.degree_levels = 0";
        if (degree.levelRequired()) {
            String anyLevel = levels("r.degree_levels", accepted, parameters);
            pass.add(anyLevel);
            notFail.add("(" + anyLevel + " or " + none + ")");
        }
        if (!degree.fields().isEmpty()) {
            String fieldPass = "exists (select 1 from resume_field f where f.resume_id = r.id and f.field_key in ("
                    + parameters.add(degree.fields()) + "))";
            pass.add(fieldPass);
            notFail.add("(" + fieldPass + " or r.unnamed_field = true or " + none + ")");
        }
        if (degree.status() == null) {
            return;
        }
        String start = degree.start() == null ? null : parameters.add(RecallCriteria.number(degree.start()));
        String statusPass;
        String statusNotFail;
        if (degree.status() == RecallCriteria.Status.IN_PROGRESS) {
            String pursuing = levels("r.pursuing_levels", accepted, parameters);
            statusPass = start == null ? pursuing
                    : "(" + pursuing + " and (r.pursuing_until is null or r.pursuing_until >= " + start + "))";
            statusNotFail = statusPass;
        } else if (start == null) {
            statusPass = levels("r.completed_levels", accepted, parameters);
            statusNotFail = levels("r.degree_levels", accepted, parameters);
        } else {
            String completed = levels("r.completed_levels", accepted, parameters);
            String anyLevel = levels("r.degree_levels", accepted, parameters);
            String endsBy = "(r.earliest_graduation is not null and r.earliest_graduation <= " + start + ")";
            statusPass = "(" + completed + " or (" + anyLevel + " and " + endsBy + "))";
            statusNotFail = "(" + completed + " or (" + anyLevel + " and (r.undated_degree = true or " + endsBy + ")))";
        }
        pass.add(statusPass);
        notFail.add("(" + statusNotFail + " or " + none + ")");
    }

    /**
     * The condition that a level set column holds one of {@code accepted}: the column is one of the sets that
     * share a level with them (at most 31), which both databases test without bit operators.
     */
    private static String levels(String column, Set<DegreeLevel> accepted, Parameters parameters) {
        if (accepted.containsAll(List.of(DegreeLevel.values()))) {
            return column + " <> 0";
        }
        int wanted = 0;
        for (DegreeLevel level : accepted) {
            wanted |= bit(level);
        }
        List<Short> sets = new ArrayList<>();
        for (int set = 1; set < 1 << DegreeLevel.values().length; set++) {
            if ((set & wanted) != 0) {
                sets.add((short) set);
            }
        }
        return sets.isEmpty() ? "1 = 0" : column + " in (" + parameters.add(sets) + ")";
    }

    /** Named parameters of a native query being written. */
    static final class Parameters {
        final Map<String, Object> values = new LinkedHashMap<>();

        /** Adds a value and returns its placeholder. */
        String add(Object value) {
            String name = "p" + values.size();
            values.put(name, value);
            return ":" + name;
        }

        /**
         * Sets the values whose placeholders {@code sql} holds: a condition may be written and then not used
         * (an outlook reads one of the conditions of {@link #conditions}).
         */
        void bind(Query query, String sql) {
            Matcher used = PLACEHOLDER.matcher(sql);
            Set<String> names = new HashSet<>();
            while (used.find()) {
                names.add(used.group(1));
            }
            values.forEach((name, value) -> {
                if (names.contains(name)) {
                    query.setParameter(name, value);
                }
            });
        }

        private static final Pattern PLACEHOLDER = Pattern.compile(":(p\\d+)\\b");
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

    /** Live resumes not indexed at {@link #VERSION} yet, oldest first, at most {@code limit}. */
    @Transactional(TxType.SUPPORTS)
    public List<UUID> unindexed(OffsetDateTime now, int limit) {
        return entityManager.createQuery(
                        "select r.id from StoredResume r where r.recallVersion < ?1 and r.expiresAt > ?2"
                                + " order by r.createdAt, r.id", UUID.class)
                .setParameter(1, VERSION).setParameter(2, now).setMaxResults(limit).getResultList();
    }
}
