package dev.jobfit.skills;

import dev.jobfit.skills.recognition.SkillNameFinder;
import dev.jobfit.skills.recognition.SkillRecognizer;
import dev.jobfit.skills.recognition.TaxonomyMatcher;
import dev.jobfit.skills.relatedness.SkillRelatedness;
import dev.jobfit.skills.taxonomy.SkillTaxonomy;
import dev.jobfit.text.LanguageIdentifier;
import io.quarkus.runtime.Startup;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * The language knowledge of the service, loaded once at start-up and shared by every request: the
 * skill taxonomy, the skill recogniser, relatedness and language identification. All are immutable
 * and thread-safe.
 */
@Startup
@Singleton
public class SkillEngine {

    private static final Logger LOG = Logger.getLogger(SkillEngine.class);

    private final SkillTaxonomy taxonomy;
    private final SkillRecognizer recognizer;
    private final SkillRelatedness relatedness;
    private final LanguageIdentifier language;
    private final long loadMillis;

    SkillEngine() {
        long started = System.nanoTime();
        // Independent loads run side by side: start-up waits for the slowest, not for the sum.
        CompletableFuture<Optional<SkillNameFinder>> models = CompletableFuture.supplyAsync(SkillNameFinder::loadShipped);
        CompletableFuture<LanguageIdentifier> languages = CompletableFuture.supplyAsync(LanguageIdentifier::loadShipped);
        this.taxonomy = SkillTaxonomy.load();
        this.recognizer = new SkillRecognizer(new TaxonomyMatcher(taxonomy), models.join());
        this.relatedness = new SkillRelatedness(taxonomy);
        this.language = languages.join();
        this.loadMillis = (System.nanoTime() - started) / 1_000_000;
        LOG.infof("Skill taxonomy (%d entries) and recogniser (%s) loaded in %d ms", taxonomy.size(),
                recognizer.hasModel() ? "taxonomy and trained models" : "taxonomy only", loadMillis);
    }

    public SkillTaxonomy taxonomy() {
        return taxonomy;
    }

    public SkillRecognizer recognizer() {
        return recognizer;
    }

    public SkillRelatedness relatedness() {
        return relatedness;
    }

    /** Language identification, shared by posting and resume analysis. */
    public LanguageIdentifier language() {
        return language;
    }

    public long loadMillis() {
        return loadMillis;
    }
}
