package dev.jobfit.skills.relatedness;

/** How an offered skill (a resume's) relates to a required one (a posting's). */
public enum Relation {
    /** The same taxonomy entry, or the same words for skills outside the taxonomy. */
    SAME,
    /** The offered skill is a kind of the required one: PyTorch for "deep learning". */
    NARROWER,
    /** Both are kinds of the same small category: PyTorch for TensorFlow. */
    SIBLING,
    /** The offered skill is the broader field of the required one: "deep learning" for PyTorch. */
    BROADER,
    /** No relation the taxonomy knows. */
    UNRELATED
}
