package dev.jobfit.bench.jmh;

import dev.jobfit.skills.recognition.SkillMention;
import dev.jobfit.skills.recognition.SkillRecognizer;
import dev.jobfit.skills.recognition.TaxonomyMatcher;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Recognising skills in 4,000 characters of posting text, one thread: the taxonomy matcher alone, and the
 * taxonomy matcher with the trained name finders (what the service runs).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SkillRecognitionBench {

    private String text;
    private SkillRecognizer withModels;
    private SkillRecognizer taxonomyOnly;

    @Setup
    public void load() {
        String posting = BenchFixtures.read(java.nio.file.Path.of("src/test/resources/skills/posting-ml-intern.txt"));
        StringBuilder padded = new StringBuilder(posting);
        while (padded.length() < 4000) {
            padded.append('\n').append(posting);
        }
        text = padded.substring(0, 4000);
        withModels = BenchFixtures.recognizer();
        taxonomyOnly = new SkillRecognizer(new TaxonomyMatcher(BenchFixtures.taxonomy()), Optional.empty());
    }

    @Benchmark
    public List<SkillMention> taxonomyAndModels() {
        return withModels.recognize(text);
    }

    @Benchmark
    public List<SkillMention> taxonomyOnly() {
        return taxonomyOnly.recognize(text);
    }
}
