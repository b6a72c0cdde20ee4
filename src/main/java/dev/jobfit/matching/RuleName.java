package dev.jobfit.matching;

/** The hard eligibility checks, each evaluated by one rule class in {@code dev.jobfit.matching.rules}. */
public enum RuleName {
    DEGREE_LEVEL,
    DEGREE_STATUS,
    DEGREE_FIELD,
    INTERNSHIP_WINDOW,
    START_DEADLINE,
    APPLICATION_LIMIT
}
