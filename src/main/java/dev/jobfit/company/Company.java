package dev.jobfit.company;

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
import java.time.OffsetDateTime;
import java.util.UUID;

/** A company that publishes postings, possibly an affiliate of a company group. Persistence only. */
@Entity
@Table(name = "company")
public class Company {

    @Id
    public UUID id;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "name_key", nullable = false, length = 200, unique = true)
    public String nameKey;

    @Column(length = 500)
    public String website;

    /** The group this company belongs to; null for a stand-alone company or a group itself. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "group_id")
    public Company group;

    @Column(name = "max_applications")
    public Integer maxApplications;

    @Enumerated(EnumType.STRING)
    @Column(name = "limit_scope", length = 20)
    public ApplicationLimitScope limitScope;

    @Column(name = "considered_in_order", nullable = false)
    public boolean consideredInOrder;

    @Column(name = "withdrawal_frees_slot", nullable = false)
    public boolean withdrawalFreesSlot;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
