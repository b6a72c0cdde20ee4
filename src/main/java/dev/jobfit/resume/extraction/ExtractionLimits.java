package dev.jobfit.resume.extraction;

import java.time.Duration;

/**
 * Bounds on the work one uploaded document may cause: a resume is a few pages of text, so anything far
 * beyond is refused rather than processed.
 *
 * @param maxBytes largest upload read
 * @param maxPages most PDF pages read
 * @param maxCharacters longest text kept (longer text is truncated, with a warning); also the most glyphs one PDF
 *     page may show (more is refused: no resume page holds that much)
 * @param maxTime wall time for one extraction
 * @param maxMainMemoryBytes PDF stream buffering kept in memory before PDFBox would spill (it never spills: past this it fails)
 */
public record ExtractionLimits(long maxBytes, int maxPages, int maxCharacters, Duration maxTime, long maxMainMemoryBytes) {

    public ExtractionLimits {
        if (maxBytes < 1 || maxPages < 1 || maxCharacters < 1 || maxTime.isNegative() || maxTime.isZero() || maxMainMemoryBytes < 1) {
            throw new IllegalArgumentException("every document limit must be positive: " + maxBytes + " bytes, " + maxPages
                    + " pages, " + maxCharacters + " characters, " + maxTime + ", " + maxMainMemoryBytes + " bytes of streams");
        }
    }

    public static final ExtractionLimits DEFAULT =
            new ExtractionLimits(10L * 1024 * 1024, 20, 100_000, Duration.ofSeconds(10), 64L * 1024 * 1024);
}
