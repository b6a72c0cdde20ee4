package dev.jobfit.skills;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness includes the skill taxonomy and recogniser: without them no analysis can run. */
@Readiness
@ApplicationScoped
public class SkillModelsReadiness implements HealthCheck {

    private final SkillEngine engine;

    SkillModelsReadiness(SkillEngine engine) {
        this.engine = engine;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("Skill taxonomy and recogniser")
                .status(engine.taxonomy().size() > 0)
                .withData("taxonomyEntries", engine.taxonomy().size())
                .withData("loadMillis", engine.loadMillis())
                .build();
    }
}
