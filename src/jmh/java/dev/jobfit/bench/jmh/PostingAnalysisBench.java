package dev.jobfit.bench.jmh;

import dev.jobfit.posting.analysis.PostingAnalysis;
import dev.jobfit.posting.analysis.PostingAnalyzer;
import dev.jobfit.posting.analysis.PostingInput;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Analysing one posting of about 5,000 characters of text, one thread, with the shipped models and the
 * language check, as {@code POST /api/v1/postings} does before storing: sections, skills, requirements,
 * rules. The posting is the largest sample catalogue page (HTML, about 3,500 characters of text) with the
 * responsibilities, qualifications, rules and benefits of catalogue page 03 and the duties of page 05
 * inserted before its "How to Apply": about 5,000 characters of text in one page.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PostingAnalysisBench {

    private PostingAnalyzer analyzer;
    private PostingInput posting;

    @Setup
    public void load() {
        analyzer = BenchFixtures.analyzer();
        String page = BenchFixtures.read(BenchFixtures.CATALOGUE.resolve("01-lumenwave-video-ts-ml-phd-intern.html"));
        String other = BenchFixtures.read(BenchFixtures.CATALOGUE.resolve("03-lumenwave-video-ml-engineer-graduate.html"));
        String third = BenchFixtures.read(BenchFixtures.CATALOGUE.resolve("05-lumenwave-group-data-scientist-intern.html"));
        String inserted = other.substring(other.indexOf("<h2>Responsibilities</h2>"), other.indexOf("<h2>Equal Employment"))
                + third.substring(third.indexOf("<h2>What you'll do</h2>"), third.indexOf("<h2>Qualifications</h2>"));
        int at = page.indexOf("<h2>How to Apply</h2>");
        posting = PostingInput.html(page.substring(0, at) + inserted + page.substring(at));
        System.out.printf("%n[posting: %,d characters of HTML, %,d of text]%n", posting.content().length(),
                analyzer.analyze(posting).text().length());
    }

    @Benchmark
    public PostingAnalysis analyzePosting() {
        return analyzer.analyze(posting);
    }
}
