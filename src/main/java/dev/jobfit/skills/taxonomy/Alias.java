package dev.jobfit.skills.taxonomy;

/**
 * One way of writing a skill.
 *
 * @param text the alias as written in the source ("PyTorch", "NLP", "R")
 * @param caseSensitive whether it only matches with this exact casing ("Go", "R", "Excel")
 * @param needsContext whether a match also needs technical context nearby, because the word is common
 *     or ambiguous in ordinary prose ("Java" the island, "Spark" the verb)
 */
public record Alias(String text, boolean caseSensitive, boolean needsContext) {

    public Alias {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("alias text must not be blank");
        }
    }

    public static Alias plain(String text) {
        return new Alias(text, false, false);
    }
}
