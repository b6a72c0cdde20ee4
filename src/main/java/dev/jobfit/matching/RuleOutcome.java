package dev.jobfit.matching;

/** The outcome of one eligibility rule. */
public enum RuleOutcome {
    PASS,
    FAIL,
    /** The resume does not say enough; the message says what the candidate should state. */
    UNKNOWN
}
