package dev.jobfit.matching;

/** Whether the hard rules of a posting let the candidate be considered. */
public enum Eligibility {
    /** Every rule passes. */
    ELIGIBLE,
    /** No rule fails, but at least one cannot be decided from the resume. */
    UNKNOWN,
    /** At least one rule fails. */
    INELIGIBLE
}
