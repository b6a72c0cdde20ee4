package dev.jobfit.skills.recognition;

/** Which recogniser found a skill mention. */
public enum MentionSource {
    /** A name or alias of the taxonomy. */
    TAXONOMY,
    /** The statistical name finder only. */
    MODEL,
    /** Both agree on the span. */
    BOTH
}
