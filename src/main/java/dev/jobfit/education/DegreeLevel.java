package dev.jobfit.education;

/** Academic degree levels, lowest first; the one scale for postings and resumes. */
public enum DegreeLevel {
    ASSOCIATE,
    BACHELOR,
    MASTER,
    PHD,
    OTHER;

    /** Whether this level is at least {@code other} (OTHER is comparable to nothing). */
    public boolean atLeast(DegreeLevel other) {
        return this != OTHER && other != OTHER && ordinal() >= other.ordinal();
    }
}
