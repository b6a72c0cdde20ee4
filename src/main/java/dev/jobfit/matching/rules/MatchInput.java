package dev.jobfit.matching.rules;

import dev.jobfit.matching.ApplicationHistory;
import dev.jobfit.matching.CandidateFacts;
import dev.jobfit.matching.CompiledPosting;
import java.time.LocalDate;

/**
 * Everything a rule may look at.
 *
 * @param posting the posting's requirements
 * @param candidate the resume's facts
 * @param history the candidate's earlier applications
 * @param today the date the match is made (part of the input, so results are reproducible)
 */
public record MatchInput(CompiledPosting posting, CandidateFacts candidate, ApplicationHistory history,
                         LocalDate today) {
}
