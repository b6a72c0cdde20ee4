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
import java.util.List;
import java.util.UUID;

/** Stored resumes: the parsed profile is kept, the uploaded file never is. */
@ApplicationScoped
public class ResumeStore {

    /** How long stored resumes are kept. */
    @ConfigMapping(prefix = "jobfit.resumes")
    public interface Config {
        /** Stored resumes expire this long after they were stored (ISO-8601 duration). */
        @WithDefault("P180D")
        Duration retention();

        /** How often expired resumes are deleted (read by {@link ExpiredResumePurge}'s schedule). */
        @WithDefault("1h")
        Duration purgeInterval();
    }

    private final StoredResumeRepository resumes;
    private final ObjectMapper json;
    private final Config config;

    ResumeStore(StoredResumeRepository resumes, ObjectMapper json, Config config) {
        this.resumes = resumes;
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

    /** Every stored resume that has not expired, oldest first. */
    @Transactional(TxType.SUPPORTS)
    public List<StoredResume> all() {
        return resumes.list("expiresAt > ?1 order by createdAt, id", OffsetDateTime.now(ZoneOffset.UTC));
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
        try {
            return json.readValue(resume.profileJson, ResumeProfile.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored resume " + resume.id + " cannot be read", e);
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
