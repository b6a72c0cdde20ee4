package dev.jobfit.matching;

import dev.jobfit.text.Span;

/**
 * The application limit that applies to a posting, resolved to the set of postings it counts over.
 *
 * @param groupKey identifies the postings the limit counts over (a registered company or group, or the
 *                 group named by the posting's text)
 * @param groupName the company or group, for messages
 * @param maxApplications the most applications a candidate may hold in the group
 * @param consideredInOrder whether the group considers applications in the order they were made
 * @param withdrawalFreesSlot whether withdrawing an application frees its slot
 * @param evidence where the posting states the rule, or null when it comes from the company's settings
 */
public record LimitPolicy(String groupKey, String groupName, int maxApplications, boolean consideredInOrder,
                          boolean withdrawalFreesSlot, Span evidence) {
}
