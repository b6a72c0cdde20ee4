package dev.jobfit.education;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether a candidate's field of study is one a posting asks for. Postings name fields loosely
 * ("CS, engineering or a quantitative field"); a field matches when one name contains the other
 * ("computer science" and "computer science and engineering") or when the posting names a family that
 * includes the candidate's field ("a quantitative field" includes statistics and physics).
 */
public final class FieldsOfStudy {

    private static final List<String> COMPUTING = List.of("computer science", "computing", "informatics",
            "computer engineering", "software engineering", "artificial intelligence", "machine learning",
            "data science", "information technology", "information systems", "computational", "cs", "cse", "eecs");
    private static final List<String> ELECTRICAL = List.of("electrical", "electronic", "ee", "ece", "eecs",
            "computer engineering", "telecommunication");
    private static final List<String> MATHEMATICS = List.of("mathematic", "math", "statistic", "applied math",
            "operations research", "actuarial");
    private static final List<String> QUANTITATIVE = concat(COMPUTING, MATHEMATICS, List.of("physics", "engineering",
            "economics", "econometrics", "finance", "quantitative", "data", "astronomy", "chemistry", "computational"));

    /** Families a posting names, each by the words it uses, with the fields they include. */
    private static final Map<String, List<String>> FAMILIES = Map.of(
            "computer science", COMPUTING,
            "cs", COMPUTING,
            "electrical engineering", ELECTRICAL,
            "ee", ELECTRICAL,
            "mathematics", MATHEMATICS,
            "applied mathematics", MATHEMATICS,
            "quantitative field", QUANTITATIVE,
            "quantitative discipline", QUANTITATIVE,
            "stem", concat(QUANTITATIVE, List.of("biology", "science", "neuroscience", "bioinformatics")));

    /** Every name a family includes. */
    private static final Set<String> FAMILY_NAMES = FAMILIES.values().stream().flatMap(List::stream)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final Set<String> STOP = Set.of("a", "an", "the", "field", "fields", "discipline", "disciplines",
            "degree", "related", "similar", "other");

    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    private FieldsOfStudy() {
    }

    /** Whether the candidate's field matches the required one. */
    public static boolean matches(String required, String candidate) {
        String r = normalise(required);
        String c = normalise(candidate);
        if (r.isEmpty() || c.isEmpty()) {
            return false;
        }
        if (containsWords(c, r) || containsWords(r, c)) {
            return true;
        }
        if (r.equals("engineering")) {
            return containsWords(c, "engineering");
        }
        List<String> family = FAMILIES.get(r);
        return family != null && family.stream().anyMatch(f -> containsWords(c, f) || c.startsWith(f));
    }

    /** Whether the candidate's field matches any of the required ones. */
    public static boolean matchesAny(List<String> required, String candidate) {
        return required.stream().anyMatch(r -> matches(r, candidate));
    }

    /**
     * Index keys of a candidate's field, for finding the candidates whose field matches without reading every
     * one: {@code matches(required, candidate)} holds exactly when {@code keys(candidate)} and
     * {@code keysMatching(List.of(required))} share a key. The keys say which word sequences the field contains
     * ({@code has:}), what it is as a whole ({@code is:}) and which family names it starts with ({@code starts:}).
     */
    public static Set<String> keys(String candidate) {
        String c = normalise(candidate);
        Set<String> keys = new java.util.TreeSet<>();
        if (c.isEmpty()) {
            return keys;
        }
        for (String words : wordSequences(c)) {
            keys.add("has:" + words);
        }
        keys.add("is:" + c);
        for (String name : FAMILY_NAMES) {
            if (c.startsWith(name)) {
                keys.add("starts:" + name);
            }
        }
        return keys;
    }

    /** The keys of {@link #keys} a candidate's field has when it matches one of {@code required}. */
    public static Set<String> keysMatching(List<String> required) {
        Set<String> keys = new java.util.TreeSet<>();
        for (String field : required) {
            String r = normalise(field);
            if (r.isEmpty()) {
                continue;
            }
            keys.add("has:" + r); // the candidate's field contains the required one
            for (String words : wordSequences(r)) {
                keys.add("is:" + words); // the required field contains the candidate's
            }
            for (String name : FAMILIES.getOrDefault(r, List.of())) {
                keys.add("has:" + name);
                keys.add("starts:" + name);
            }
        }
        return keys;
    }

    /** Every run of consecutive words of a normalised field. */
    private static List<String> wordSequences(String normalised) {
        String[] words = normalised.split(" ");
        List<String> sequences = new java.util.ArrayList<>();
        for (int from = 0; from < words.length; from++) {
            StringBuilder sequence = new StringBuilder();
            for (int to = from; to < words.length; to++) {
                sequence.append(to == from ? "" : " ").append(words[to]);
                sequences.add(sequence.toString());
            }
        }
        return sequences;
    }

    static String normalise(String field) {
        if (field == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String word : NON_WORD.split(field.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty() && !STOP.contains(word)) {
                out.append(out.length() == 0 ? "" : " ").append(word);
            }
        }
        String n = out.toString();
        return n.equals("quantitative") ? "quantitative field" : n;
    }

    /** Whether {@code text} contains {@code words} as whole words. */
    private static boolean containsWords(String text, String words) {
        return (" " + text + " ").contains(" " + words + " ");
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).distinct().toList();
    }
}
