package dev.jobfit.bench.jmh;

import dev.jobfit.matching.ApplicationHistory;
import dev.jobfit.matching.CandidateFacts;
import dev.jobfit.matching.CandidateFacts.SkillOffer;
import dev.jobfit.matching.CompiledPosting;
import dev.jobfit.matching.FitScorer;
import dev.jobfit.matching.Ranking;
import dev.jobfit.posting.analysis.PostingAnalysis;
import dev.jobfit.resume.profile.ResumeParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The in-memory part of ranking stored resumes for one posting ({@code GET /api/v1/postings/{id}/matches}),
 * one thread: for each of {@code resumes} candidates a fresh scorer candidate, the posting's rules and score,
 * into a bounded top 50. Reading the resumes from the database (and a recall stage that would narrow them by
 * indexed skill ids first) is not part of it. The candidates are the 16 fixture resumes, parsed once, each
 * copied with a different subset of its skills per index (about one skill in four dropped), so that no two
 * neighbours score alike. The posting is the first sample catalogue page (an ML PhD internship).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(jvmArgsAppend = "-Xmx2g")
public class ResumeRankingBench {

    @Param({"1000", "10000", "100000"})
    public int resumes;

    private FitScorer scorer;
    private CompiledPosting posting;
    private List<CandidateFacts> candidates;
    private List<UUID> ids;

    @Setup
    public void load() {
        List<PostingAnalysis> pages = BenchFixtures.cataloguePostings();
        posting = CompiledPosting.of(UUID.randomUUID(), pages.get(0), null);
        scorer = BenchFixtures.scorer();
        List<CandidateFacts> parsed = BenchFixtures.resumeTexts().stream()
                .map(t -> CandidateFacts.of(ResumeParser.parse(t, BenchFixtures.TODAY, BenchFixtures.recognizer())))
                .toList();
        Random random = new Random(9);
        candidates = new ArrayList<>(resumes);
        ids = new ArrayList<>(resumes);
        for (int i = 0; i < resumes; i++) {
            CandidateFacts base = parsed.get(i % parsed.size());
            List<SkillOffer> skills = new ArrayList<>();
            for (SkillOffer s : base.skills()) {
                if (random.nextInt(4) != 0) {
                    skills.add(s);
                }
            }
            candidates.add(new CandidateFacts(List.copyOf(skills), base.education(), base.availability(), base.graduation(),
                    base.experience(), base.totalYearsExperience(), base.publications(), base.awards()));
            ids.add(new UUID(random.nextLong(), random.nextLong()));
        }
    }

    @Benchmark
    public List<Ranking.Ranked<FitScorer.Candidate>> top50() {
        Ranking.Top<FitScorer.Candidate> top = new Ranking.Top<>(50);
        for (int i = 0; i < candidates.size(); i++) {
            FitScorer.Candidate candidate = scorer.candidate(candidates.get(i), ApplicationHistory.NONE, BenchFixtures.TODAY);
            top.offer(candidate, candidate.eligibility(posting), candidate.score(posting), ids.get(i));
        }
        return top.best();
    }
}
