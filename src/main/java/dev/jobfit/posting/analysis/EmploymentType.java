package dev.jobfit.posting.analysis;

/** The kind of employment a posting offers. */
public enum EmploymentType {
    INTERNSHIP,
    FULL_TIME,
    PART_TIME,
    CONTRACT,
    UNKNOWN
}
