package dev.jobfit.bench;

import dev.jobfit.matching.ApplicationHistory;
import dev.jobfit.matching.CandidateFacts;
import dev.jobfit.matching.CompiledPosting;
import dev.jobfit.matching.FitScorer;
import dev.jobfit.matching.LimitPolicy;
import dev.jobfit.matching.MatchResult;
import dev.jobfit.matching.Ranking;
import dev.jobfit.posting.analysis.PostingAnalysis;
import dev.jobfit.posting.analysis.PostingAnalysis.InternshipRequirement;
import dev.jobfit.posting.analysis.PostingAnalysis.OtherRequirement;
import dev.jobfit.posting.analysis.PostingAnalysis.StartDeadline;
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
import dev.jobfit.time.MonthRange;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Ranking one resume against 1, 1,000 and 10,000 compiled postings on one thread after warm-up: every
 * posting scored and checked against the rules, the best ten explained with improvements, as
 * {@code POST /api/v1/matches} does after its one version-stamp query. The postings are the ten sample
 * catalogue pages under new ids: once repeated as they are (postings that share requirements share work),
 * once with every posting's deadline, internship windows and years asked moved apart (little shared work). Prints figures; asserts nothing. Run:
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
        for (boolean distinct : new boolean[] {false, true}) {
            System.out.println(distinct
                    ? "postings with distinct deadlines, internship windows and years asked (little shared work):"
                    : "the ten sample postings repeated (requirements shared between postings):");
            for (int size : new int[] {1, 1_000, 10_000}) {
                List<CompiledPosting> postings = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    LimitPolicy limit = i % 3 == 0
                            ? new LimitPolicy("group:" + (i % 50), "Group " + (i % 50), 2, true, false, null) : null;
                    PostingAnalysis page = pages.get(i % pages.size());
                    postings.add(CompiledPosting.of(UUID.randomUUID(), distinct ? vary(page, i / pages.size()) : page, limit));
                }
                measure(scorer, CandidateFacts.of(resume), postings);
            }
        }
    }

    /** The page with its deadline, internship windows and years of experience moved by {@code v} steps. */
    /** Also used by the JMH MatchingBench, so both measure the same postings. */
    public static PostingAnalysis vary(PostingAnalysis a, int v) {
        InternshipRequirement internship = a.internship() == null ? null : new InternshipRequirement(
                a.internship().windows().stream().map(w -> new MonthRange(w.start().plusMonths(v % 24), w.end().plusMonths(v % 24)))
                        .toList(),
                a.internship().minimumWeeks() == null ? null : a.internship().minimumWeeks() + v % 7,
                a.internship().season(), a.internship().year(), a.internship().yearInferred(), a.internship().evidence());
        StartDeadline deadline = a.startDeadline() == null ? null
                : new StartDeadline(a.startDeadline().date().plusDays(v), a.startDeadline().evidence());
        List<OtherRequirement> other = a.otherRequirements().stream()
                .map(r -> r.years() == null ? r : new OtherRequirement(r.kind(), r.text(), r.years() + v % 9, r.importance(), r.evidence()))
                .toList();
        return new PostingAnalysis(a.analyzerVersion(), a.text(), a.sections(), a.ignored(), a.title(), a.company(), a.locations(),
                a.employmentType(), a.postedAt(), a.externalId(), a.skills(), a.requirementGroups(), a.degree(), internship,
                deadline, a.applicationPolicy(), a.publications(), other, a.warnings());
    }

    private static void measure(FitScorer scorer, CandidateFacts facts, List<CompiledPosting> postings) {
        int warmups = Math.max(20, 200_000 / postings.size());
        for (int i = 0; i < warmups; i++) {
            rank(scorer, facts, postings);
        }
        int runs = Math.max(30, Math.min(300, 3_000_000 / postings.size()));
        long[] nanos = new long[runs];
        long[] cpu = new long[runs];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            rank(scorer, facts, postings);
            nanos[i] = System.nanoTime() - start;
            cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        // CPU time is printed too: on a busy machine wall time also counts waiting for a core
        System.out.printf(Locale.ROOT, "  one resume against %,6d postings: p50 %7.2f ms, p90 %7.2f ms, p99 %7.2f ms"
                        + " (thread CPU p50 %7.2f ms)%n", postings.size(), nanos[runs / 2] / 1e6, nanos[runs * 9 / 10] / 1e6,
                nanos[runs * 99 / 100] / 1e6, cpu[runs / 2] / 1e6);
    }

    /** As MatchService ranks: a fresh candidate per request, score and eligibility for all, top ten explained. */
    private static List<MatchResult> rank(FitScorer scorer, CandidateFacts facts, List<CompiledPosting> postings) {
        FitScorer.Candidate candidate = scorer.candidate(facts, ApplicationHistory.NONE, TODAY);
        return Ranking.postings(candidate, postings, 10).best().stream().map(r -> candidate.match(r.item(), true)).toList();
    }
}
