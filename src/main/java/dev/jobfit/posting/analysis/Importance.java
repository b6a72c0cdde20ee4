package dev.jobfit.posting.analysis;

/** Whether a posting demands a requirement or only prefers it. */
public enum Importance {
    REQUIRED,
    PREFERRED
}
