package dev.jobfit.skills.taxonomy;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * ESCO names competences as verb phrases ("manage inventory", "administer medication"); postings and
 * resumes mostly name them as nouns ("inventory management", "medication administration"). This gives
 * the noun form of a short verb phrase whose verb has a well-known nominalisation.
 */
final class Nominalisations {

    private static final Map<String, String> NOUNS = Map.ofEntries(
            Map.entry("manage", "management"), Map.entry("administer", "administration"),
            Map.entry("analyse", "analysis"), Map.entry("analyze", "analysis"), Map.entry("develop", "development"),
            Map.entry("plan", "planning"), Map.entry("schedule", "scheduling"), Map.entry("prepare", "preparation"),
            Map.entry("maintain", "maintenance"), Map.entry("operate", "operation"), Map.entry("monitor", "monitoring"),
            Map.entry("coordinate", "coordination"), Map.entry("assess", "assessment"), Map.entry("evaluate", "evaluation"),
            Map.entry("implement", "implementation"), Map.entry("install", "installation"), Map.entry("inspect", "inspection"),
            Map.entry("test", "testing"), Map.entry("teach", "teaching"), Map.entry("supervise", "supervision"),
            Map.entry("negotiate", "negotiation"), Map.entry("forecast", "forecasting"), Map.entry("budget", "budgeting"),
            Map.entry("reconcile", "reconciliation"), Map.entry("audit", "auditing"), Map.entry("optimise", "optimisation"),
            Map.entry("optimize", "optimization"), Map.entry("troubleshoot", "troubleshooting"), Map.entry("edit", "editing"),
            Map.entry("translate", "translation"), Map.entry("process", "processing"), Map.entry("document", "documentation"),
            Map.entry("recruit", "recruitment"), Map.entry("handle", "handling"), Map.entry("verify", "verification"),
            Map.entry("measure", "measurement"), Map.entry("estimate", "estimation"), Map.entry("report", "reporting"),
            Map.entry("mentor", "mentoring"), Map.entry("control", "control"), Map.entry("model", "modelling"),
            Map.entry("design", "design"), Map.entry("market", "marketing"), Map.entry("program", "programming"),
            Map.entry("calculate", "calculation"), Map.entry("allocate", "allocation"), Map.entry("dispatch", "dispatching"),
            Map.entry("diagnose", "diagnosis"), Map.entry("merchandise", "merchandising"), Map.entry("investigate", "investigation"));

    private Nominalisations() {
    }

    /** "manage inventory" to "inventory management"; empty when the phrase has no such form. */
    static Optional<String> of(String label) {
        String[] words = label.strip().toLowerCase(Locale.ROOT).split("\\s+");
        if (words.length < 2 || words.length > 4) {
            return Optional.empty();
        }
        String noun = NOUNS.get(words[0]);
        if (noun == null) {
            return Optional.empty();
        }
        StringBuilder object = new StringBuilder();
        for (int i = 1; i < words.length; i++) {
            if (i == 1 && (words[i].equals("the") || words[i].equals("a") || words[i].equals("an"))) {
                continue;
            }
            if (!words[i].chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
                return Optional.empty();
            }
            object.append(words[i]).append(' ');
        }
        return object.isEmpty() ? Optional.empty() : Optional.of(object + noun);
    }
}
