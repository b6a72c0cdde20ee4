package dev.jobfit.matching;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The applications a candidate has made, as the application-limit rule needs them.
 *
 * @param applications in the order they were made
 */
public record ApplicationHistory(List<PriorApplication> applications) {

    public static final ApplicationHistory NONE = new ApplicationHistory(List.of());

    /**
     * One earlier application.
     *
     * @param postingId the posting applied to
     * @param postingTitle its title, for messages
     * @param groupKey the group its limit counts over (see {@link LimitPolicy#groupKey()})
     * @param appliedAt when, or null when the candidate only listed it
     * @param holdsSlot whether it counts towards the group's limit (active, or withdrawn where a
     *                  withdrawal does not free the slot)
     */
    public record PriorApplication(UUID postingId, String postingTitle, String groupKey, OffsetDateTime appliedAt,
                                   boolean holdsSlot) {
    }

    /** The applications in a group that count towards its limit, in the order made. */
    public List<PriorApplication> holdingSlots(String groupKey) {
        return applications.stream().filter(a -> a.holdsSlot() && groupKey.equals(a.groupKey())).toList();
    }

    public boolean appliedTo(UUID postingId) {
        return applications.stream().anyMatch(a -> a.holdsSlot() && a.postingId().equals(postingId));
    }
}
