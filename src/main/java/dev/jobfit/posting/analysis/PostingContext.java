package dev.jobfit.posting.analysis;

import dev.jobfit.skills.recognition.SkillMention;
import dev.jobfit.text.Block;
import dev.jobfit.text.SentenceSplitter;
import dev.jobfit.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every extractor reads: the text, its structure, the readable sentences (never boilerplate) with
 * the section each sits in, the skill mentions, and the year the posting is about.
 */
final class PostingContext {

    /** A sentence outside boilerplate, with the kind of section it is in. */
    record Sentence(Span span, String text, SectionKind section) {

        boolean in(SectionKind... kinds) {
            for (SectionKind kind : kinds) {
                if (section == kind) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final Pattern YEAR = Pattern.compile("\\b(20[2-4]\\d)\\b");
    private static final Pattern PREFERRED_CUE = Pattern.compile(
            "\\b(preferred|is a plus|are a plus|a plus|nice[- ]to[- ]have|bonus|ideally|desirable|advantage(ous)?"
                    + "|would be great|beneficial|plus if|strongly preferred|is preferred|are preferred)\\b",
            Pattern.CASE_INSENSITIVE);

    final String text;
    final PostingStructure structure;
    final List<Sentence> sentences;
    final List<SkillMention> mentions;
    final String title;
    /** Where the title was read, if from the text. */
    final Span titleSpan;
    /** The year the posting is about, from its title or else its most frequent year; null when none. */
    final Integer contextYear;

    PostingContext(String text, PostingStructure structure, List<SkillMention> mentions, String title, Span titleSpan) {
        this.text = text;
        this.structure = structure;
        this.mentions = mentions;
        this.title = title;
        this.titleSpan = titleSpan;
        this.sentences = sentences(text, structure);
        this.contextYear = contextYear(title, sentences);
    }

    private static List<Sentence> sentences(String text, PostingStructure structure) {
        List<Sentence> sentences = new ArrayList<>();
        for (PostingStructure.ReadBlock read : structure.blocks()) {
            if (!read.readable()) {
                continue;
            }
            Block block = read.block();
            for (Span s : SentenceSplitter.split(block.of(text))) {
                Span span = new Span(block.start() + s.start(), block.start() + s.end());
                sentences.add(new Sentence(span, span.of(text), read.kind()));
            }
        }
        return sentences;
    }

    private static Integer contextYear(String title, List<Sentence> sentences) {
        if (title != null) {
            Matcher m = YEAR.matcher(title);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        java.util.Map<Integer, Integer> counts = new java.util.TreeMap<>();
        for (Sentence s : sentences) {
            Matcher m = YEAR.matcher(s.text());
            while (m.find()) {
                counts.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(java.util.Map.Entry.<Integer, Integer>comparingByValue().thenComparing(java.util.Map.Entry.comparingByKey()))
                .map(java.util.Map.Entry::getKey).orElse(null);
    }

    /** PREFERRED under a preferred heading or with a preference cue in the sentence, else REQUIRED. */
    static Importance importance(Sentence sentence) {
        if (sentence.section() == SectionKind.PREFERRED_QUALIFICATIONS || PREFERRED_CUE.matcher(sentence.text()).find()) {
            return Importance.PREFERRED;
        }
        return Importance.REQUIRED;
    }

    /** The readable sentence that contains {@code span}, if any (sentences are in text order). */
    Sentence sentenceOf(Span span) {
        int low = 0;
        int high = sentences.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Span candidate = sentences.get(mid).span();
            if (candidate.end() <= span.start()) {
                low = mid + 1;
            } else if (candidate.start() > span.start()) {
                high = mid - 1;
            } else {
                return candidate.contains(span) ? sentences.get(mid) : null;
            }
        }
        return null;
    }
}
