package dev.jobfit.posting;

import dev.jobfit.company.Company;
import dev.jobfit.posting.analysis.EmploymentType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stored posting: what was submitted, its analysis, and corrections. Persistence only. */
@Entity
@Table(name = "posting")
public class Posting {

    /** Whether candidates may still apply. */
    @Schema(name = "PostingStatus", description = "Whether candidates may still apply to a posting.")
    public enum Status {
        OPEN,
        CLOSED
    }

    /** The format the posting was submitted in. */
    public enum SourceFormat {
        TEXT,
        HTML
    }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Status status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "company_id")
    public Company company;

    @Column(name = "company_name", length = 200)
    public String companyName;

    @Column(length = 300)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "employment_type", nullable = false, length = 20)
    public EmploymentType employmentType;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_format", nullable = false, length = 10)
    public SourceFormat sourceFormat;

    @Column(name = "source_content", nullable = false, length = 1_000_000)
    public String sourceContent;

    @Column(length = 2000)
    public String url;

    @Column(name = "posted_at")
    public LocalDate postedAt;

    @Column(name = "external_id", length = 100)
    public String externalId;

    @Column(name = "analyzer_version", nullable = false, length = 40)
    public String analyzerVersion;

    @Column(name = "analysis_json", nullable = false, length = 1_000_000)
    public String analysisJson;

    @Column(name = "corrections_json", length = 200_000)
    public String correctionsJson;

    @Column(name = "corrected_at")
    public OffsetDateTime correctedAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Version
    public long version;
}
