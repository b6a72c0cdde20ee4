package dev.jobfit.matching;

import dev.jobfit.posting.analysis.PostingAnalysis.DegreeRequirement;
import dev.jobfit.posting.analysis.PostingAnalysis.InternshipRequirement;
import dev.jobfit.posting.analysis.PostingAnalysis.StartDeadline;
import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;

/**
 * What a posting asks, without where it says it, as a map key whose hash is worked out once when the
 * posting is compiled. Postings that ask the same thing in different places get equal keys, so what one
 * candidate scores against one of them holds for all of them: ranking thousands of postings works each
 * distinct requirement out once per candidate. Equal keys are interned (weakly: a key goes when no
 * compiled posting holds it any more), so comparing two is mostly comparing references.
 */
public final class RequirementKey {

    /** Keys in use, so that equal keys are one object and a lookup compares references, not requirements. */
    private static final Map<RequirementKey, WeakReference<RequirementKey>> INTERNED = new WeakHashMap<>();

    private final Object kind;
    private final Object value;
    private final int hash;

    private RequirementKey(Object kind, Object value) {
        this.kind = kind;
        this.value = value;
        this.hash = 31 * kind.hashCode() + Objects.hashCode(value);
    }

    /**
     * @param kind what is worked out from the value (a rule, a score component)
     * @param value everything of the posting that the result depends on, free of evidence spans
     */
    public static RequirementKey of(Object kind, Object value) {
        RequirementKey key = new RequirementKey(kind, value);
        synchronized (INTERNED) {
            WeakReference<RequirementKey> known = INTERNED.get(key);
            RequirementKey same = known == null ? null : known.get();
            if (same != null) {
                return same;
            }
            INTERNED.put(key, new WeakReference<>(key));
            return key;
        }
    }

    /** The degree requirement without its evidence; null stays null. */
    public static DegreeRequirement withoutEvidence(DegreeRequirement degree) {
        return degree == null ? null
                : new DegreeRequirement(degree.levels(), degree.status(), degree.fields(), degree.importance(), List.of());
    }

    /** The internship requirement without its evidence; null stays null. */
    public static InternshipRequirement withoutEvidence(InternshipRequirement internship) {
        return internship == null ? null
                : new InternshipRequirement(internship.windows(), internship.minimumWeeks(), internship.season(),
                        internship.year(), internship.yearInferred(), List.of());
    }

    /** The start deadline without its evidence; null stays null. */
    public static StartDeadline withoutEvidence(StartDeadline deadline) {
        return deadline == null ? null : new StartDeadline(deadline.date(), null);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof RequirementKey k && hash == k.hash && kind.equals(k.kind)
                && Objects.equals(value, k.value);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return kind + "=" + value;
    }
}
