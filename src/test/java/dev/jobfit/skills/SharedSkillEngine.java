package dev.jobfit.skills;

/**
 * The service's real {@link SkillEngine} (taxonomy, trained models, language identification) for plain
 * tests that run without Quarkus, loaded once per test JVM.
 */
public final class SharedSkillEngine {

    private static SkillEngine engine;

    private SharedSkillEngine() {
    }

    public static synchronized SkillEngine get() {
        if (engine == null) {
            engine = new SkillEngine();
        }
        return engine;
    }
}
