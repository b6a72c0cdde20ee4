package dev.jobfit.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jobfit.resume.ResumeRecallIndex;
import dev.jobfit.resume.profile.ResumeProfile;
import dev.jobfit.skills.relatedness.SkillRelatedness;
import dev.jobfit.skills.taxonomy.SkillTaxonomy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Stores many resumes straight into the service's database, as {@code ResumeStore} would (the profile and its
 * {@code resume_skill} rows from {@link ResumeRecallIndex#entries}), far faster than through the API: what the
 * load test needs to rank 100,000 stored resumes for a posting. Each resume is one of the given parsed profiles
 * with a random quarter of its skills dropped, under a candidate of its own.
 */
final class BulkResumes {

    private static final int BATCH = 500;

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final SkillRelatedness relatedness = new SkillRelatedness(SkillTaxonomy.load());

    /** Inserts {@code count} resumes made from {@code profiles} (JSON as the parse operation answers). */
    void insert(String jdbcUrl, String user, String password, List<String> profiles, int count, long seed)
            throws Exception {
        Random random = new Random(seed);
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password)) {
            db.setAutoCommit(false);
            try (PreparedStatement resume = db.prepareStatement("insert into resume (id, candidate_id, source_format,"
                    + " parser_version, profile_json, created_at, expires_at, version, graduation, recall_version,"
                    + " degree_levels, pursuing_levels, completed_levels, pursuing_until, earliest_graduation,"
                    + " undated_degree, unnamed_field, available_from, available_until)"
                    + " values (?, ?, 'TEXT', ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement field = db.prepareStatement(
                         "insert into resume_field (resume_id, field_key) values (?, ?)");
                 PreparedStatement skill = db.prepareStatement(
                         "insert into resume_skill (resume_id, skill_key, weight) values (?, ?, ?)")) {
                Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
                for (int i = 0; i < count; i++) {
                    String profileJson = varied(profiles.get(i % profiles.size()), random);
                    ResumeProfile profile = json.readValue(profileJson, ResumeProfile.class);
                    UUID id = UUID.randomUUID();
                    resume.setObject(1, id);
                    resume.setString(2, "bulk-candidate-" + i);
                    resume.setString(3, profile.parserVersion());
                    resume.setString(4, profileJson);
                    resume.setTimestamp(5, Timestamp.from(now.plusMillis(i)));
                    resume.setTimestamp(6, Timestamp.from(now.plus(180, ChronoUnit.DAYS)));
                    ResumeRecallIndex.Facts facts = ResumeRecallIndex.Facts.of(profile);
                    resume.setObject(7, facts.graduation(), Types.INTEGER);
                    resume.setShort(8, ResumeRecallIndex.VERSION);
                    resume.setShort(9, (short) facts.degreeLevels());
                    resume.setShort(10, (short) facts.pursuingLevels());
                    resume.setShort(11, (short) facts.completedLevels());
                    resume.setObject(12, facts.pursuingUntil(), Types.INTEGER);
                    resume.setObject(13, facts.earliestGraduation(), Types.INTEGER);
                    resume.setBoolean(14, facts.undatedDegree());
                    resume.setBoolean(15, facts.unnamedField());
                    resume.setObject(16, facts.availableFrom(), Types.INTEGER);
                    resume.setObject(17, facts.availableUntil(), Types.INTEGER);
                    resume.addBatch();
                    for (String key : facts.fields()) {
                        field.setObject(1, id);
                        field.setString(2, key);
                        field.addBatch();
                    }
                    for (Map.Entry<String, Integer> e : ResumeRecallIndex.entries(profile, relatedness).entrySet()) {
                        skill.setObject(1, id);
                        skill.setString(2, e.getKey());
                        skill.setShort(3, e.getValue().shortValue());
                        skill.addBatch();
                    }
                    if ((i + 1) % BATCH == 0 || i + 1 == count) {
                        resume.executeBatch();
                        skill.executeBatch();
                        field.executeBatch();
                        db.commit();
                    }
                    if ((i + 1) % 10_000 == 0) {
                        System.out.printf(Locale.ROOT, "  %,d resumes stored (%.0f s)%n", i + 1, (System.nanoTime() - started) / 1e9);
                    }
                }
            }
            analyze(db);
        }
        System.out.printf(Locale.ROOT, "stored %,d resumes in the database directly in %.1f s%n", count,
                (System.nanoTime() - started) / 1e9);
    }

    /**
     * A copy of the profile without a random quarter of its skills, and with its degrees and availability moved
     * by the same random number of months (up to a year and a half either way), so that copies of one profile
     * differ in eligibility as the resumes of different cohorts do.
     */
    private String varied(String profileJson, Random random) throws Exception {
        ObjectNode profile = (ObjectNode) json.readTree(profileJson);
        int months = random.nextInt(37) - 18;
        for (JsonNode education : profile.path("education")) {
            shift((ObjectNode) education, months, "start", "end", "expectedGraduation");
        }
        for (JsonNode period : profile.path("availability")) {
            shift((ObjectNode) period, months, "start", "end");
        }
        shift(profile, months, "graduation");
        ArrayNode kept = json.createArrayNode();
        for (JsonNode skill : profile.path("skills")) {
            if (random.nextInt(4) != 0) {
                kept.add(skill);
            }
        }
        profile.set("skills", kept);
        return json.writeValueAsString(profile);
    }

    private static void shift(ObjectNode node, int months, String... fields) {
        for (String field : fields) {
            if (node.path(field).isTextual()) {
                node.put(field, YearMonth.parse(node.get(field).asText()).plusMonths(months).toString());
            }
        }
    }

    /** Fresh planner statistics after a bulk load (PostgreSQL); other databases skip it. */
    private static void analyze(Connection db) throws SQLException {
        if (db.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
            db.setAutoCommit(true);
            try (var statement = db.createStatement()) {
                statement.execute("analyze resume");
                statement.execute("analyze resume_skill");
                statement.execute("analyze resume_field");
            }
        }
    }
}
