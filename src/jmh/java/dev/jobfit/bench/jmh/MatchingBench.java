package dev.jobfit.bench.jmh;

import dev.jobfit.bench.MatchingBenchmark;
import dev.jobfit.matching.ApplicationHistory;
import dev.jobfit.matching.CandidateFacts;
import dev.jobfit.matching.CompiledPosting;
import dev.jobfit.matching.FitScorer;
import dev.jobfit.matching.LimitPolicy;
import dev.jobfit.matching.MatchResult;
import dev.jobfit.matching.Ranking;
import dev.jobfit.posting.analysis.PostingAnalysis;
import dev.jobfit.resume.profile.ResumeParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One resume against {@code postings} compiled postings, one thread, as {@code POST /api/v1/matches} ranks after
 * its one version-stamp query: a fresh candidate, every posting checked against the rules and scored into a
 * bounded top 10, the ten explained with improvements. The postings are the ten sample catalogue pages under
 * new ids with their deadline, internship windows and years asked moved apart, so that little work is shared
 * between postings (the slower, more honest case); a third have an application limit.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MatchingBench {

    @Param({"1", "1000", "10000"})
    public int postings;

    private FitScorer scorer;
    private CandidateFacts facts;
    private List<CompiledPosting> compiled;

    @Setup
    public void load() {
        List<PostingAnalysis> pages = BenchFixtures.cataloguePostings();
        scorer = BenchFixtures.scorer();
        facts = CandidateFacts.of(ResumeParser.parse(BenchFixtures.read(Path.of("src/test/resources/samples/phd-student-resume.txt")),
                BenchFixtures.TODAY, BenchFixtures.recognizer()));
        Random ids = new Random(9);
        compiled = new ArrayList<>(postings);
        for (int i = 0; i < postings; i++) {
            LimitPolicy limit = i % 3 == 0 ? new LimitPolicy("group:" + (i % 50), "Group " + (i % 50), 2, true, false, null) : null;
            PostingAnalysis page = MatchingBenchmark.vary(pages.get(i % pages.size()), i / pages.size());
            compiled.add(CompiledPosting.of(new UUID(ids.nextLong(), ids.nextLong()), page, limit));
        }
    }

    @Benchmark
    public List<MatchResult> rankPostingsForOneResume() {
        FitScorer.Candidate candidate = scorer.candidate(facts, ApplicationHistory.NONE, BenchFixtures.TODAY);
        return Ranking.postings(candidate, compiled, 10).best().stream().map(r -> candidate.match(r.item(), true)).toList();
    }
}
