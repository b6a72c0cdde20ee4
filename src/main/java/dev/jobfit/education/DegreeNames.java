package dev.jobfit.education;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Degree names in their many forms and the level each names: B.S., BSc, B.Tech, B.E., BA, "Bachelor of
 * Science"; MS, M.Sc., MEng, MBA, MCA, "Master of Science"; PhD, Ph.D., DPhil, "Doctor of Philosophy".
 * The one place postings and resumes read degrees from.
 */
public final class DegreeNames {

    /** A degree named in text: its level, the words as written, and where. */
    public record Found(DegreeLevel level, String text, int start, int end) {
    }

    private record LevelPattern(Pattern pattern, DegreeLevel level) {
    }

    private static final List<LevelPattern> LEVELS = List.of(
            new LevelPattern(Pattern.compile("\\b(ph\\.? ?d\\.?|doctoral|doctorate|d\\.?phil\\.?|doctor of philosophy)(?![a-z])",
                    Pattern.CASE_INSENSITIVE), DegreeLevel.PHD),
            new LevelPattern(Pattern.compile("\\b(master'?s?(?: of (?:science|arts|engineering|business administration"
                    + "|computer applications|philosophy|research))?|m\\.s\\.?|m\\.sc\\.?|msc|meng|m\\.eng\\.?|mba|m\\.b\\.a\\.|mca"
                    + "|m\\.tech|mtech|graduate degree)(?![a-z])"
                    // Bare acronyms only in capitals; "MA" (also Massachusetts) only before a field on its line,
                    // so "Northbridge, MA" above a "Ph.D." line is a place.
                    + "|(?-i:\\bMS\\b)|(?-i:\\bMA\\b(?=,?[ \\t]+(?:in[ \\t]+)?[A-Z]))",
                    Pattern.CASE_INSENSITIVE), DegreeLevel.MASTER),
            new LevelPattern(Pattern.compile("\\b(bachelor'?s?(?: of (?:science|arts|engineering|technology|commerce"
                    + "|business administration))?|b\\.s\\.?|b\\.sc\\.?|bsc|b\\.?tech|b\\.e\\.|beng|b\\.eng\\.?|b\\.a\\.|b\\.com"
                    + "|undergraduate degree|four-year degree|4-year degree|college degree|university degree)(?![a-z])"
                    + "|(?-i:\\bBS\\b)|(?-i:\\bBA\\b)|(?-i:\\bBE\\b(?=,?[ \\t]+(?:in[ \\t]+)?[A-Z]))", Pattern.CASE_INSENSITIVE),
                    DegreeLevel.BACHELOR),
            new LevelPattern(Pattern.compile("\\bassociate'?s? degree\\b|\\bassociate of (arts|science|applied science)\\b"
                    + "|(?-i:\\bA\\.A\\.S?\\.?)(?![a-z])", Pattern.CASE_INSENSITIVE), DegreeLevel.ASSOCIATE));

    /** Certificate and diploma programmes: level OTHER, read only where degrees are listed (see {@link #findInEducation}). */
    private static final Pattern CERTIFICATE = Pattern.compile(
            "\\b(?:(?:professional|graduate|postgraduate|post-graduate|advanced|university)\\s+)?(?:certificate|diploma)\\b"
                    + "(?=[ \\t]+(?:in|of)[ \\t]+[A-Z])", Pattern.CASE_INSENSITIVE);
    /** "MCA (Master of Computer Applications)", "Master of Science (M.Sc.)": one degree written twice. */
    private static final Pattern SPELLED_OUT_AGAIN = Pattern.compile("[ \\t]*\\([ \\t]*");

    private DegreeNames() {
    }

    /** Every degree named in the text, in text order. */
    public static List<Found> find(String text) {
        // By start; the names kept never overlap, so only the neighbours of a new one can (a text naming
        // thousands of degrees is not compared name by name).
        TreeMap<Integer, Found> found = new TreeMap<>();
        for (LevelPattern level : LEVELS) {
            Matcher m = level.pattern.matcher(text);
            while (m.find()) {
                if (!overlapsAny(found, m.start(), m.end()) && !m.group().isBlank()) {
                    found.put(m.start(), new Found(level.level, m.group().strip(), m.start(), m.end()));
                }
            }
        }
        List<Found> distinct = new ArrayList<>();
        for (Found f : found.values()) {
            Found previous = distinct.isEmpty() ? null : distinct.get(distinct.size() - 1);
            if (previous != null && previous.level() == f.level()
                    && SPELLED_OUT_AGAIN.matcher(text.substring(previous.end(), f.start())).matches()) {
                continue;
            }
            distinct.add(f);
        }
        return distinct;
    }

    /**
     * Degrees as {@link #find} reads them, plus certificate and diploma programmes ("Professional
     * Certificate in Data Analytics") as level OTHER: for a resume's education section, where such a
     * programme is an entry of its own. Postings read {@link #find} only, where "certificate" is rarely a
     * degree requirement.
     */
    public static List<Found> findInEducation(String text) {
        // By start, as in find: only a certificate's neighbours can overlap it.
        TreeMap<Integer, Found> found = new TreeMap<>();
        for (Found f : find(text)) {
            found.put(f.start(), f);
        }
        Matcher m = CERTIFICATE.matcher(text);
        while (m.find()) {
            if (!overlapsAny(found, m.start(), m.end())) {
                found.put(m.start(), new Found(DegreeLevel.OTHER, m.group(), m.start(), m.end()));
            }
        }
        return new ArrayList<>(found.values());
    }

    /** Whether [start, end) overlaps one of {@code found}, which never overlap each other: only its neighbours can. */
    private static boolean overlapsAny(TreeMap<Integer, Found> found, int start, int end) {
        Map.Entry<Integer, Found> before = found.floorEntry(start);
        Map.Entry<Integer, Found> after = found.ceilingEntry(start);
        return (before != null && before.getValue().end() > start) || (after != null && after.getKey() < end);
    }

    /** The levels named in the text. */
    public static Set<DegreeLevel> levels(String text) {
        Set<DegreeLevel> levels = EnumSet.noneOf(DegreeLevel.class);
        find(text).forEach(f -> levels.add(f.level()));
        return levels;
    }
}
