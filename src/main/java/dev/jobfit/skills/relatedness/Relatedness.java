package dev.jobfit.skills.relatedness;

/**
 * How much an offered skill counts for a required one.
 *
 * @param relation the kind of relation
 * @param weight the credit, 0 to 1 (see {@link SkillRelatedness} for the weights)
 * @param via the taxonomy entry that links the two (the shared parent or the required ancestor), or null
 * @param distance steps up the hierarchy between the two; 0 for SAME and UNRELATED
 */
public record Relatedness(Relation relation, double weight, String via, int distance) {

    public static final Relatedness UNRELATED = new Relatedness(Relation.UNRELATED, 0.0, null, 0);
    public static final Relatedness SAME = new Relatedness(Relation.SAME, 1.0, null, 0);
}
