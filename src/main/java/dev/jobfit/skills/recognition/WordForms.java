package dev.jobfit.skills.recognition;

import java.util.ArrayList;
import java.util.List;

/**
 * Candidate base forms of an English word ("networks" to "network", "managing" to "manage"), tried
 * against the taxonomy so that inflected text meets uninflected aliases. Over-generation is harmless:
 * a candidate only counts when the taxonomy holds it.
 */
final class WordForms {

    private WordForms() {
    }

    /** The lower-cased word first, then its candidate base forms. */
    static List<String> of(String lower) {
        List<String> forms = new ArrayList<>(4);
        forms.add(lower);
        int n = lower.length();
        if (n < 4 || !Character.isLetter(lower.charAt(n - 1))) {
            return forms;
        }
        if (lower.endsWith("ies") && n > 4) {
            forms.add(lower.substring(0, n - 3) + "y");
        } else if (lower.endsWith("sses") || lower.endsWith("ches") || lower.endsWith("shes") || lower.endsWith("xes")) {
            forms.add(lower.substring(0, n - 2));
        } else if (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is")) {
            forms.add(lower.substring(0, n - 1));
        } else if (lower.endsWith("ing") && n > 5) {
            String stem = lower.substring(0, n - 3);
            forms.add(stem);
            forms.add(stem + "e");
            if (doubled(stem)) {
                forms.add(stem.substring(0, stem.length() - 1));
            }
        } else if (lower.endsWith("ed") && n > 4) {
            String stem = lower.substring(0, n - 2);
            forms.add(stem);
            forms.add(stem + "e");
            if (doubled(stem)) {
                forms.add(stem.substring(0, stem.length() - 1));
            }
        }
        return forms;
    }

    private static boolean doubled(String stem) {
        int n = stem.length();
        return n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2) && "aeiou".indexOf(stem.charAt(n - 1)) < 0;
    }
}
