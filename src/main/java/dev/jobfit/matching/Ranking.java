package dev.jobfit.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.UUID;

/**
 * Ranks many items by eligibility and score without explaining them, keeping only the best few: the
 * order of {@link FitScorer#RANKING} (eligible first, then unknown, then ineligible; higher score first;
 * then by id), found with a bounded heap instead of sorting everything.
 */
public final class Ranking {

    private Ranking() {
    }

    /** One item with what it is ranked by. */
    public record Ranked<T>(T item, Eligibility eligibility, int score, UUID id) {
    }

    /** Best first. Compares the cheap parts first; ids only break ties. */
    static final Comparator<Ranked<?>> ORDER = (a, b) -> {
        int c = Integer.compare(a.eligibility().ordinal(), b.eligibility().ordinal());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(b.score(), a.score());
        return c != 0 ? c : a.id().compareTo(b.id());
    };

    /** Collects ranked items and keeps the best {@code keep} of them. */
    public static final class Top<T> {
        private final int keep;
        private final PriorityQueue<Ranked<T>> worstFirst;
        private int seen;

        public Top(int keep) {
            this.keep = Math.max(0, keep);
            this.worstFirst = new PriorityQueue<>(Math.max(1, Math.min(this.keep + 1, 1024)), ORDER.reversed());
        }

        public void offer(T item, Eligibility eligibility, int score, UUID id) {
            seen++;
            if (keep == 0) {
                return;
            }
            Ranked<T> ranked = new Ranked<>(item, eligibility, score, id);
            if (worstFirst.size() < keep) {
                worstFirst.add(ranked);
            } else if (ORDER.compare(ranked, worstFirst.peek()) < 0) {
                worstFirst.poll();
                worstFirst.add(ranked);
            }
        }

        /** How many items were offered. */
        public int seen() {
            return seen;
        }

        /** The best items kept, best first. */
        public List<Ranked<T>> best() {
            List<Ranked<T>> best = new ArrayList<>(worstFirst);
            best.sort(ORDER);
            return best;
        }
    }

    /** The best {@code keep} postings for one candidate, best first, with how many were ranked. */
    public static Top<CompiledPosting> postings(FitScorer.Candidate candidate, List<CompiledPosting> postings, int keep) {
        Top<CompiledPosting> top = new Top<>(keep);
        for (CompiledPosting p : postings) {
            top.offer(p, candidate.eligibility(p), candidate.score(p), p.id());
        }
        return top;
    }
}
