package dev.jobfit.resume;

import dev.jobfit.resume.extraction.ExtractionLimits;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The bounds on reading one uploaded document ({@link ExtractionLimits}), from {@code jobfit.documents.*}.
 * The defaults are {@link ExtractionLimits#DEFAULT}; {@code max-bytes} should stay under
 * {@code quarkus.http.limits.max-body-size}, so that an oversized resume gets the specific problem.
 */
@ConfigMapping(prefix = "jobfit.documents")
public interface ExtractionConfig {

    /** Largest file read, in bytes. */
    @WithDefault("10485760")
    long maxBytes();

    /** Most PDF pages read; longer PDFs are refused. */
    @WithDefault("20")
    int maxPages();

    /** Longest text kept (longer text is cut, with a TRUNCATED warning); also the most characters one PDF page may show. */
    @WithDefault("100000")
    int maxCharacters();

    /** Wall time for reading one document. */
    @WithDefault("10s")
    Duration maxTime();

    /** PDF stream buffers held in memory for one document, in bytes; past this the PDF is refused. */
    @WithDefault("67108864")
    long maxStreamMemory();

    default ExtractionLimits limits() {
        return new ExtractionLimits(maxBytes(), maxPages(), maxCharacters(), maxTime(), maxStreamMemory());
    }
}
