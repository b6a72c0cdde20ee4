package dev.jobfit.resume;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jobfit.resume.api.StoredResumeView;
import dev.jobfit.resume.extraction.DocumentType;
import dev.jobfit.resume.profile.ResumeProfile;
import dev.jobfit.web.ProblemException;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import dev.jobfit.time.Timestamps;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.collections4.ListUtils;

/** Stored resumes: the parsed profile is kept, the uploaded file never is. */
@ApplicationScoped
public class ResumeStore {

    /**
     * Values per {@code in} list: well under the bind-parameter limits of both databases (PostgreSQL's driver
     * takes 65,535, and Hibernate pads a list to the next power of two).
     */
    public static final int IDS_PER_QUERY = 1000;
    /** Stored resumes as {@link ResumeRef}s; each query adds its conditions. */
    private static final String REFS = "select new dev.jobfit.resume.ResumeStore$ResumeRef(r.id, r.candidateId)"
            + " from StoredResume r where r.expiresAt > :now";

    /** How long stored resumes are kept. */
    @ConfigMapping(prefix = "jobfit.resumes")
    public interface Config {
        /** Stored resumes expire this long after they were stored (ISO-8601 duration). */
        @WithDefault("P180D")
        Duration retention();

        /** How often expired resumes are deleted (read by {@link ExpiredResumePurge}'s schedule). */
        @WithDefault("1h")
        Duration purgeInterval();

        /**
         * How often resumes stored before the skill index existed are indexed (read by {@link ResumeIndexBackfill}'s
         * schedule): a duration, or {@code off}.
         */
        @WithDefault("1m")
        String indexInterval();
    }

    /** A live stored resume by id and candidate, without its profile. */
    public record ResumeRef(UUID id, String candidateId) {
    }

    private final StoredResumeRepository resumes;
    private final ResumeRecallIndex index;
    private final ObjectMapper json;
    private final Config config;

    ResumeStore(StoredResumeRepository resumes, ResumeRecallIndex index, ObjectMapper json, Config config) {
        this.resumes = resumes;
        this.index = index;
        this.json = json;
        this.config = config;
    }

    /** Stores a profile for a candidate (the token's subject). */
    @Transactional
    public StoredResumeView store(String candidateId, ResumeProfile profile, DocumentType type) {
        OffsetDateTime now = Timestamps.now();
        StoredResume resume = new StoredResume();
        resume.id = UUID.randomUUID();
        resume.candidateId = candidateId;
        resume.sourceFormat = StoredResume.SourceFormat.valueOf(type.name());
        resume.parserVersion = profile.parserVersion();
        resume.profileJson = write(profile);
        resume.createdAt = now;
        resume.expiresAt = now.plus(config.retention());
        resumes.persist(resume);
        index.index(resume, profile);
        return view(resume, profile);
    }

    @Transactional(TxType.SUPPORTS)
    public StoredResumeView get(String candidateId, UUID id) {
        StoredResume resume = find(candidateId, id);
        return view(resume, profile(resume));
    }

    /**
     * A candidate's own stored resume, for matching and applications. Another candidate's resume is not found,
     * exactly like one that does not exist, so ids cannot be probed.
     */
    @Transactional(TxType.SUPPORTS)
    public StoredResume find(String candidateId, UUID id) {
        return resumes.findByIdOptional(id)
                .filter(r -> r.candidateId.equals(candidateId))
                .filter(r -> r.expiresAt.isAfter(OffsetDateTime.now(ZoneOffset.UTC)))
                .orElseThrow(() -> ProblemException.notFound("resume", id));
    }

    /** How many stored resumes have not expired. */
    @Transactional(TxType.SUPPORTS)
    public long countLive() {
        return resumes.count("expiresAt > ?1", Timestamps.now());
    }

    /** Every stored resume that has not expired, oldest first, without profiles. */
    @Transactional(TxType.SUPPORTS)
    public List<ResumeRef> liveRefs() {
        return resumes.getEntityManager().createQuery(REFS + " order by r.createdAt, r.id", ResumeRef.class)
                .setParameter("now", Timestamps.now()).getResultList();
    }

    /** The newest {@code limit} stored resumes that have not expired, without profiles. */
    @Transactional(TxType.SUPPORTS)
    public List<ResumeRef> newestRefs(int limit) {
        return resumes.getEntityManager().createQuery(REFS + " order by r.createdAt desc, r.id", ResumeRef.class)
                .setParameter("now", Timestamps.now()).setMaxResults(limit).getResultList();
    }

    /** Those of {@code ids} that are stored and have not expired, in no particular order, without profiles. */
    @Transactional(TxType.SUPPORTS)
    public List<ResumeRef> liveRefs(Collection<UUID> ids) {
        List<ResumeRef> refs = new ArrayList<>(ids.size());
        for (List<UUID> chunk : ListUtils.partition(List.copyOf(ids), IDS_PER_QUERY)) {
            refs.addAll(resumes.getEntityManager().createQuery(REFS + " and r.id in :ids", ResumeRef.class)
                    .setParameter("now", Timestamps.now()).setParameter("ids", chunk).getResultList());
        }
        return refs;
    }

    /** The profiles of those of {@code ids} that are stored, by id; one query per thousand ids. */
    @Transactional(TxType.SUPPORTS)
    public Map<UUID, ResumeProfile> profiles(Collection<UUID> ids) {
        Map<UUID, ResumeProfile> profiles = new HashMap<>();
        for (List<UUID> chunk : ListUtils.partition(List.copyOf(ids), IDS_PER_QUERY)) {
            List<Object[]> rows = resumes.getEntityManager()
                    .createQuery("select r.id, r.profileJson from StoredResume r where r.id in ?1", Object[].class)
                    .setParameter(1, chunk).getResultList();
            for (Object[] row : rows) {
                profiles.put((UUID) row[0], read((UUID) row[0], (String) row[1]));
            }
        }
        return profiles;
    }


    @Transactional
    public void delete(String candidateId, UUID id) {
        resumes.delete(find(candidateId, id));
    }

    /**
     * Deletes every resume that expired before {@code now}. Applications made with one stay, without the
     * resume (the database sets their resume_id to null), as when the candidate deletes it.
     *
     * @return how many were deleted
     */
    @Transactional
    public long deleteExpired(OffsetDateTime now) {
        return resumes.delete("expiresAt <= ?1", now);
    }

    /** Deletes all of a candidate's resumes; returns how many there were. */
    @Transactional(TxType.MANDATORY)
    public long deleteAllOf(String candidateId) {
        return resumes.delete("candidateId", candidateId);
    }

    public ResumeProfile profile(StoredResume resume) {
        return read(resume.id, resume.profileJson);
    }

    private ResumeProfile read(UUID id, String profileJson) {
        try {
            return json.readValue(profileJson, ResumeProfile.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored resume " + id + " cannot be read", e);
        }
    }

    private static StoredResumeView view(StoredResume resume, ResumeProfile profile) {
        return new StoredResumeView(resume.id, resume.sourceFormat, resume.createdAt, resume.expiresAt, profile);
    }

    private String write(ResumeProfile profile) {
        try {
            return json.writeValueAsString(profile);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
