package dev.jobfit.skills.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jobfit.skills.taxonomy.SkillTaxonomy;
import dev.jobfit.skills.taxonomy.SkillType;
import dev.jobfit.text.Span;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Per-form precision of taxonomy matches: estimated from annotated sentences, written and read back. */
class TaxonomyPrecisionTest {

    static TaxonomyMatcher matcher;

    @BeforeAll
    static void load() {
        matcher = new TaxonomyMatcher(SkillTaxonomy.load());
    }

    private static SkillMention only(String text) {
        return matcher.match(text).get(0);
    }

    @Test
    void dropsFormsThatAreRarelyAnnotatedAndKeepsTheRest() throws IOException {
        String python = "Experience with Python.";
        String communication = "Good communication.";
        TaxonomyPrecision.Builder builder = TaxonomyPrecision.builder();
        for (int i = 0; i < 5; i++) {
            builder.add(matcher, python, Map.of(only(python).span(), only(python).type()));
            builder.add(matcher, communication, Map.of()); // matched, never annotated on its own
        }
        TaxonomyPrecision precision = builder.build();
        assertThat(precision.precision(only(python))).isGreaterThan(0.9);
        assertThat(precision.keeps(only(python))).isTrue();
        assertThat(precision.keeps(only(communication))).isFalse();
        // written as a name: kept whatever its precision (matching needs "C", "iOS", "Android")
        assertThat(precision.keeps(only("Communication."))).isTrue();
        assertThat(precision.with(0.3, 0.5, false).keeps(only("Communication."))).isFalse();

        TaxonomyPrecision read = TaxonomyPrecision.read(
                new ByteArrayInputStream(builder.toTsv().getBytes(StandardCharsets.UTF_8)));
        assertThat(read.precision(only(python))).isEqualTo(precision.precision(only(python)));
        assertThat(read.precision(only(communication))).isEqualTo(precision.precision(only(communication)));
        // a form never matched in training gets the precision of all matches of its type
        SkillMention unseen = only("Experience with Kubernetes.");
        assertThat(read.precision(unseen)).isEqualTo(0.5);
    }

    @Test
    void skillMentionsAreAlwaysKept() {
        String forklift = "Safe forklift operation.";
        SkillMention skill = only(forklift);
        assertThat(skill.type()).isEqualTo(SkillType.SKILL);
        TaxonomyPrecision.Builder builder = TaxonomyPrecision.builder();
        for (int i = 0; i < 5; i++) {
            builder.add(matcher, forklift, Map.of());
        }
        assertThat(builder.build().precision(skill)).isLessThan(0.3);
        assertThat(builder.build().keeps(skill)).isTrue();
    }

    @Test
    void noStatisticsKeepEverything() {
        SkillMention m = new SkillMention(new Span(0, 4), "data", "x", "data", SkillType.KNOWLEDGE,
                MentionSource.TAXONOMY, 0.7);
        assertThat(TaxonomyPrecision.NONE.keeps(m)).isTrue();
    }

    @Test
    void theShippedStatisticsAreThere() {
        TaxonomyPrecision shipped = TaxonomyPrecision.loadShipped();
        assertThat(shipped).isNotSameAs(TaxonomyPrecision.NONE);
        assertThat(shipped.keeps(only("Experience with Python is required."))).isTrue();
    }
}
