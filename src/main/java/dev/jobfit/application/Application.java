package dev.jobfit.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A candidate's application to a posting. Persistence only; see V3__resume_and_application.sql for how
 * the slot columns make the application limit hold under concurrent requests.
 */
@Entity
@Table(name = "application")
public class Application {

    /** Whether the application still stands. */
    @Schema(name = "ApplicationStatus", description = "Whether an application still stands.")
    public enum Status {
        ACTIVE,
        WITHDRAWN
    }

    @Id
    public UUID id;

    /** The candidate: the subject of the token they applied with. */
    @Column(name = "candidate_id", nullable = false, length = 255)
    public String candidateId;

    @Column(name = "resume_id")
    public UUID resumeId;

    @Column(name = "posting_id", nullable = false)
    public UUID postingId;

    @Column(name = "group_key", nullable = false, length = 300)
    public String groupKey;

    /** The limit slot (1..max) this application holds in its group; null outside any limit or once freed. */
    @Column(name = "slot")
    public Integer slot;

    /** The posting id while the application is active; null once withdrawn (one active application per posting). */
    @Column(name = "active_posting_id")
    public UUID activePostingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Status status;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    @Version
    public long version;
}
