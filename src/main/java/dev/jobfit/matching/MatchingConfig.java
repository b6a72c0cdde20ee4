package dev.jobfit.matching;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;
import io.smallrye.config.WithDefault;

/** How matching trades exactness and freshness for speed. */
@ConfigMapping(prefix = "jobfit.matching")
public interface MatchingConfig {

    /**
     * With at most this many live stored resumes, every one is scored for a posting. With more, only this many
     * are: those with the most weighted skill overlap with the posting (the recall stage). Pages of a posting's
     * matches go through those.
     */
    @WithDefault("1000")
    int resumeRecall();

    /**
     * How many index rows the recall reads at most. The posting's skill keys are taken most important first
     * (required, preferred, parents), the rarer first among equals, while their rows fit; the first always is.
     * A key that most resumes have says little about which to recall and costs the most to read.
     */
    @WithDefault("100000")
    long recallRows();

    /** How many stored resumes' matching facts are kept in memory, so ranking need not read their profiles. */
    @WithDefault("20000")
    int factsCacheSize();

    /**
     * How often, at most, the compiled postings are checked against the database's version stamps when this
     * replica committed no change since ({@link PostingCatalog}): how long another replica's change may take to
     * reach matching here.
     */
    @WithDefault("1s")
    Duration catalogueCheckInterval();
}
