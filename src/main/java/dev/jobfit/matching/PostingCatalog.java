package dev.jobfit.matching;

import dev.jobfit.company.ApplicationPolicy;
import dev.jobfit.company.CompanyChanged;
import dev.jobfit.company.EffectivePolicy;
import dev.jobfit.posting.MatchablePosting;
import dev.jobfit.posting.Posting;
import dev.jobfit.posting.PostingChanged;
import dev.jobfit.posting.PostingService;
import dev.jobfit.posting.analysis.PostingAnalysis;
import dev.jobfit.posting.analysis.PostingAnalysis.ApplicationPolicyRequirement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Compiled requirements of every stored posting, kept in memory so that matching runs no query per
 * posting. The catalogue reads one version stamp per posting (a single query) and recompiles only what
 * changed since; it does so at once after a posting or company change committed by this replica
 * ({@link PostingChanged}, {@link CompanyChanged}), and otherwise at most once per
 * {@code jobfit.matching.catalogue-check-interval} (1 s by default), so a change made through another
 * replica is seen here within that interval, without messaging between replicas. Reading the stamps on
 * every request cost about 6% of a {@code POST /matches} at 1,000 postings, and grows with the postings.
 */
@ApplicationScoped
public class PostingCatalog {

    private final PostingService postings;
    private final long checkIntervalNanos;
    private volatile Snapshot snapshot = new Snapshot(Map.of(), Map.of(), List.of());
    /** Changes this replica committed: counted by the observers below, never reset. */
    private final AtomicLong changes = new AtomicLong();
    /** The last check: its snapshot, the change count read before its stamps were, and when (nanoTime). */
    private volatile Check last = new Check(snapshot, -1, 0);

    private record Check(Snapshot snapshot, long changes, long at) {
    }

    PostingCatalog(PostingService postings, MatchingConfig config) {
        this.postings = postings;
        this.checkIntervalNanos = config.catalogueCheckInterval().toNanos();
    }

    void postingChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PostingChanged event) {
        changes.incrementAndGet();
    }

    void companyChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CompanyChanged event) {
        changes.incrementAndGet();
    }

    /** The current postings: open ones in a stable order for ranking, and every one by id. */
    public record Snapshot(Map<UUID, String> stamps, Map<UUID, Entry> byId, List<CompiledPosting> open) {

        public java.util.Optional<Entry> find(UUID id) {
            return java.util.Optional.ofNullable(byId.get(id));
        }
    }

    /**
     * One compiled posting.
     *
     * @param posting its requirements
     * @param open whether candidates may still apply
     */
    public record Entry(CompiledPosting posting, boolean open) {
    }

    /**
     * The catalogue as the database has it: with every change this replica committed, and those of other
     * replicas up to the check interval ago.
     */
    public Snapshot current() {
        long now = System.nanoTime();
        // Read before the stamps: a change committed while they are read makes the next call look again. A
        // check is reused only when it saw every change counted so far, so no request gets a snapshot older
        // than a change committed here before it began.
        long seen = changes.get();
        Check check = last;
        if (check.changes() == seen && now - check.at() < checkIntervalNanos) {
            return check.snapshot();
        }
        Snapshot fresh = read();
        last = new Check(fresh, seen, now);
        return fresh;
    }

    private Snapshot read() {
        Map<UUID, String> stamps = postings.versionStamps();
        Snapshot known = snapshot;
        if (stamps.equals(known.stamps())) {
            return known;
        }
        synchronized (this) {
            known = snapshot;
            java.util.Set<UUID> changed = new java.util.HashSet<>();
            for (Map.Entry<UUID, String> e : stamps.entrySet()) {
                if (!e.getValue().equals(known.stamps().get(e.getKey()))) {
                    changed.add(e.getKey());
                }
            }
            Map<UUID, Entry> byId = new HashMap<>();
            for (UUID id : stamps.keySet()) {
                Entry entry = known.byId().get(id);
                if (entry != null && !changed.contains(id)) {
                    byId.put(id, entry);
                }
            }
            for (MatchablePosting p : postings.matchable(changed)) {
                byId.put(p.id(), new Entry(CompiledPosting.of(p.id(), p.analysis(), limit(p)), p.status() == Posting.Status.OPEN));
            }
            List<CompiledPosting> open = byId.values().stream().filter(Entry::open).map(Entry::posting)
                    .sorted(Comparator.comparing(CompiledPosting::id)).toList();
            snapshot = new Snapshot(Map.copyOf(stamps), Map.copyOf(byId), open);
            return snapshot;
        }
    }

    /**
     * The limit of a posting: its registered company's policy, or else the one its text states, counted
     * over the group (or company) the text names.
     */
    static LimitPolicy limit(MatchablePosting p) {
        PostingAnalysis analysis = p.analysis();
        ApplicationPolicyRequirement stated = analysis.applicationPolicy();
        var evidence = stated == null || stated.evidence().isEmpty() ? null : stated.evidence().get(0);
        if (p.policy().isPresent()) {
            EffectivePolicy effective = p.policy().get();
            ApplicationPolicy policy = effective.policy();
            if (policy.maxApplications() == null) {
                return null;
            }
            return new LimitPolicy("company:" + effective.ownerId(), effective.ownerName(), policy.maxApplications(),
                    policy.consideredInOrder(), policy.withdrawalFreesSlot(), evidence);
        }
        if (stated == null || stated.maxApplications() == null) {
            return null;
        }
        String name = analysis.company() != null && analysis.company().group() != null ? analysis.company().group()
                : analysis.company() != null ? analysis.company().name() : p.companyName();
        if (name == null) {
            return null; // a limit over an unnamed group cannot be counted
        }
        return new LimitPolicy("name:" + name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip(), name,
                stated.maxApplications(), stated.consideredInOrder(), false, evidence);
    }
}
