package dev.jobfit.matching;

/**
 * The parts of a fit score, with their base weights. A component the posting does not ask for is
 * left out and the weights of the others are scaled up so that they still add up to 100.
 */
public enum ComponentName {
    REQUIRED_SKILLS(40),
    PREFERRED_SKILLS(15),
    DEGREE(15),
    AVAILABILITY(10),
    EXPERIENCE(10),
    RESEARCH(10);

    private final int baseWeight;

    ComponentName(int baseWeight) {
        this.baseWeight = baseWeight;
    }

    /** The weight when every component applies. */
    public int baseWeight() {
        return baseWeight;
    }
}
