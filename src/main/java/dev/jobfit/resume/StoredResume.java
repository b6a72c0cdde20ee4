package dev.jobfit.resume;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A resume a candidate chose to keep: its profile, never the uploaded file. Persistence only. */
@Entity
@Table(name = "resume")
public class StoredResume {

    /** What the resume was read from. */
    public enum SourceFormat {
        PDF,
        DOCX,
        TEXT
    }

    @Id
    public UUID id;

    /** The candidate: the subject of the token they stored it with. */
    @Column(name = "candidate_id", nullable = false, length = 255)
    public String candidateId;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_format", nullable = false, length = 10)
    public SourceFormat sourceFormat;

    @Column(name = "parser_version", nullable = false, length = 40)
    public String parserVersion;

    @Column(name = "profile_json", nullable = false, length = 1_000_000)
    public String profileJson;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    public OffsetDateTime expiresAt;

    /** The expected or actual end of the highest degree, as {@link RecallCriteria#number} numbers months. */
    @Column(name = "graduation")
    public Integer graduation;

    /** The levels of its degrees, one bit per {@link dev.jobfit.education.DegreeLevel} (see {@link ResumeRecallIndex.Facts}). */
    @Column(name = "degree_levels", nullable = false)
    public short degreeLevels;

    /** The levels of its degrees in progress. */
    @Column(name = "pursuing_levels", nullable = false)
    public short pursuingLevels;

    /** The levels of its completed degrees. */
    @Column(name = "completed_levels", nullable = false)
    public short completedLevels;

    /** The latest expected end of a degree in progress; null when one states none, or none is in progress. */
    @Column(name = "pursuing_until")
    public Integer pursuingUntil;

    /** The earliest end month any degree states. */
    @Column(name = "earliest_graduation")
    public Integer earliestGraduation;

    /** Whether a degree states no end month. */
    @Column(name = "undated_degree", nullable = false)
    public boolean undatedDegree;

    /** Whether a degree names no field. */
    @Column(name = "unnamed_field", nullable = false)
    public boolean unnamedField;

    /** The first month of its earliest period of availability; null when it states none. */
    @Column(name = "available_from")
    public Integer availableFrom;

    /** The last month of its latest period of availability; null when one is open-ended, or none is stated. */
    @Column(name = "available_until")
    public Integer availableUntil;

    /** The version of this resume's rows in the recall index, 0 for none (see {@link ResumeRecallIndex}). */
    @Column(name = "recall_version", nullable = false)
    public short recallVersion;

    @Version
    public long version;
}
