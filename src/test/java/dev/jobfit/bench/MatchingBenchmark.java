package dev.jobfit.bench;

import dev.jobfit.matching.ApplicationHistory;
import dev.jobfit.matching.CandidateFacts;
import dev.jobfit.matching.CompiledPosting;
import dev.jobfit.matching.Eligibility;
import dev.jobfit.matching.FitScorer;
import dev.jobfit.matching.LimitPolicy;
import dev.jobfit.matching.MatchResult;
import dev.jobfit.posting.analysis.PostingAnalysis;
import dev.jobfit.posting.analysis.PostingAnalyzer;
import dev.jobfit.posting.analysis.PostingInput;
import dev.jobfit.resume.profile.ResumeParser;
import dev.jobfit.resume.profile.ResumeProfile;
import dev.jobfit.skills.recognition.SkillNameFinder;
import dev.jobfit.skills.recognition.SkillRecognizer;
import dev.jobfit.skills.recognition.TaxonomyMatcher;
import dev.jobfit.skills.relatedness.SkillRelatedness;
import dev.jobfit.skills.taxonomy.Skill;
import dev.jobfit.skills.taxonomy.SkillTaxonomy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Ranking one resume against 1, 1,000 and 10,000 compiled postings on one thread after warm-up: every
 * posting scored and checked against the rules, the best ten explained with improvements, as
 * {@code POST /api/v1/matches} does after its one version-stamp query. The postings are the ten sample
 * catalogue pages, each repeated under new ids. Prints figures; asserts nothing. Run:
 * {@code ./mvnw test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.jobfit.bench.MatchingBenchmark}
 */
public final class MatchingBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    public static void main(String[] args) throws Exception {
        SkillTaxonomy taxonomy = SkillTaxonomy.load();
        SkillRecognizer recognizer = new SkillRecognizer(new TaxonomyMatcher(taxonomy), SkillNameFinder.loadShipped());
        PostingAnalyzer analyzer = new PostingAnalyzer(recognizer);
        List<PostingAnalysis> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/catalogue/postings"))) {
            for (Path file : files.sorted().toList()) {
                pages.add(analyzer.analyze(new PostingInput(Files.readString(file), file.toString().endsWith(".html"),
                        null, null, null, null)));
            }
        }
        ResumeProfile resume = ResumeParser.parse(Files.readString(Path.of("src/test/resources/samples/phd-student-resume.txt")),
                TODAY, recognizer);
        FitScorer scorer = new FitScorer(new SkillRelatedness(taxonomy), id -> taxonomy.find(id).map(Skill::name).orElse(null));
        for (int size : new int[] {1, 1_000, 10_000}) {
            List<CompiledPosting> postings = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                LimitPolicy limit = i % 3 == 0 ? new LimitPolicy("group:" + (i % 50), "Group " + (i % 50), 2, true, false, null) : null;
                postings.add(CompiledPosting.of(UUID.randomUUID(), pages.get(i % pages.size()), limit));
            }
            measure(scorer, CandidateFacts.of(resume), postings);
        }
    }

    private static void measure(FitScorer scorer, CandidateFacts facts, List<CompiledPosting> postings) {
        int warmups = Math.max(20, 200_000 / postings.size());
        for (int i = 0; i < warmups; i++) {
            rank(scorer, facts, postings);
        }
        int runs = Math.max(30, Math.min(300, 3_000_000 / postings.size()));
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            rank(scorer, facts, postings);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "one resume against %,6d postings: p50 %7.2f ms, p90 %7.2f ms, p99 %7.2f ms%n",
                postings.size(), nanos[runs / 2] / 1e6, nanos[runs * 9 / 10] / 1e6, nanos[runs * 99 / 100] / 1e6);
    }

    /** As MatchService ranks: a fresh candidate per request, score and eligibility for all, top ten explained. */
    private static List<MatchResult> rank(FitScorer scorer, CandidateFacts facts, List<CompiledPosting> postings) {
        FitScorer.Candidate candidate = scorer.candidate(facts, ApplicationHistory.NONE, TODAY);
        record Ranked(CompiledPosting posting, Eligibility eligibility, int score) {
        }
        List<Ranked> ranked = new ArrayList<>(postings.size());
        for (CompiledPosting p : postings) {
            ranked.add(new Ranked(p, candidate.eligibility(p), candidate.score(p)));
        }
        ranked.sort(Comparator.comparing(Ranked::eligibility).thenComparing(Comparator.comparingInt(Ranked::score).reversed()));
        return ranked.subList(0, Math.min(10, ranked.size())).stream().map(r -> candidate.match(r.posting(), true)).toList();
    }
}
