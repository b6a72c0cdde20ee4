package dev.jobfit.posting;

import java.util.UUID;

/**
 * Who is creating or changing postings, and so which postings they may manage: an administrator any posting,
 * a recruiter the postings of the companies in their company's group.
 */
public sealed interface PostingManager {

    /** An administrator: every posting. */
    PostingManager ADMINISTRATOR = new Administrator();

    /** An administrator. */
    record Administrator() implements PostingManager {
    }

    /**
     * A recruiter.
     *
     * @param companyId the recruiter's company (from the token); its group's postings are theirs
     */
    record Recruiter(UUID companyId) implements PostingManager {
    }
}
