package dev.jobfit.skills;

import dev.jobfit.skills.recognition.SkillNameFinder;
import dev.jobfit.skills.recognition.SkillRecognizer;
import dev.jobfit.skills.recognition.TaxonomyMatcher;
import dev.jobfit.skills.relatedness.SkillRelatedness;
import dev.jobfit.skills.taxonomy.SkillTaxonomy;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * The skill knowledge of the service, loaded once at start-up and shared by every request: the
 * taxonomy, the recogniser and relatedness. All three are immutable and thread-safe.
 */
@Startup
@Singleton
public class SkillEngine {

    private static final Logger LOG = Logger.getLogger(SkillEngine.class);

    private final SkillTaxonomy taxonomy;
    private final SkillRecognizer recognizer;
    private final SkillRelatedness relatedness;
    private final long loadMillis;

    SkillEngine() {
        long started = System.nanoTime();
        this.taxonomy = SkillTaxonomy.load();
        this.recognizer = new SkillRecognizer(new TaxonomyMatcher(taxonomy), SkillNameFinder.loadShipped());
        this.relatedness = new SkillRelatedness(taxonomy);
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

    public long loadMillis() {
        return loadMillis;
    }
}
