package dev.jobfit.posting.analysis;

import dev.jobfit.posting.analysis.PostingAnalysis.GroupMode;
import dev.jobfit.posting.analysis.PostingAnalysis.RequirementGroup;
import dev.jobfit.posting.analysis.PostingAnalysis.SkillRequirement;
import dev.jobfit.skills.SkillKeys;
import dev.jobfit.skills.recognition.NamedSkills;
import dev.jobfit.skills.recognition.SkillMention;
import dev.jobfit.text.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The skills a posting asks for, from its responsibilities and qualifications (never from boilerplate),
 * and their groups: "PyTorch or TensorFlow" and "at least one of: ML, NLP, CV" are ANY_OF groups,
 * "SQL and Python" is an ALL_OF group.
 */
final class SkillRequirementExtractor {

    /** Sections whose skills are asked of the candidate. */
    private static final SectionKind[] SKILL_SECTIONS = {
        SectionKind.RESPONSIBILITIES, SectionKind.MINIMUM_QUALIFICATIONS, SectionKind.PREFERRED_QUALIFICATIONS,
        SectionKind.ABOUT_ROLE, SectionKind.OTHER};
    private static final Pattern ANY_OF_CUE = Pattern.compile(
            "\\b(at least one of|one or more of|any of|either|one of the following|or similar|such as)\\b",
            Pattern.CASE_INSENSITIVE);
    /** What may stand between two items of one list: "A, B or C", "A/B", "A, B, and/or C", "A and B". */
    private static final Pattern LIST_GAP = Pattern.compile("^\\s*(,|;|/|,?\\s*or|,?\\s*and/or|,?\\s*and|&)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALTERNATIVE_GAP = Pattern.compile("(?i)\\bor\\b|/");
    private static final Pattern CONJUNCTION_GAP = Pattern.compile("(?i)\\band\\b(?!/)|&");

    record Result(List<SkillRequirement> skills, List<RequirementGroup> groups) {
    }

    private SkillRequirementExtractor() {
    }

    /** Whether skills in a section of this kind are asked of the candidate. */
    static boolean readsSkillsFrom(SectionKind kind) {
        for (SectionKind k : SKILL_SECTIONS) {
            if (k == kind) {
                return true;
            }
        }
        return false;
    }

    static Result extract(PostingContext context) {
        Map<PostingContext.Sentence, List<SkillMention>> bySentence = new LinkedHashMap<>();
        for (SkillMention mention : NamedSkills.of(context.mentions)) {
            if (context.titleSpan != null && context.titleSpan.overlaps(mention.span())) {
                continue; // the title names the job, it does not ask for skills
            }
            PostingContext.Sentence sentence = context.sentenceOf(mention.span());
            if (sentence != null && sentence.in(SKILL_SECTIONS)) {
                bySentence.computeIfAbsent(sentence, s -> new ArrayList<>()).add(mention);
            }
        }
        Map<String, Draft> skills = new LinkedHashMap<>();
        List<RequirementGroup> groups = new ArrayList<>();
        for (Map.Entry<PostingContext.Sentence, List<SkillMention>> entry : bySentence.entrySet()) {
            PostingContext.Sentence sentence = entry.getKey();
            Importance importance = PostingContext.importance(sentence);
            for (SkillMention m : entry.getValue()) {
                Draft draft = skills.computeIfAbsent(key(m), k -> new Draft(m.skillId(), m.name()));
                draft.evidence.add(m.span());
                if (importance == Importance.REQUIRED) {
                    draft.importance = Importance.REQUIRED;
                }
            }
            RequirementGroup group = group(context.text, sentence, entry.getValue(), importance, groups.size() + 1);
            if (group != null) {
                groups.add(group);
                for (SkillMention m : entry.getValue()) {
                    if (group.skillIds().contains(key(m)) && skills.get(key(m)).groupId == null) {
                        skills.get(key(m)).groupId = group.id();
                    }
                }
            }
        }
        List<SkillRequirement> requirements = skills.values().stream()
                .map(d -> new SkillRequirement(d.skillId, d.name, d.importance, d.groupId, List.copyOf(d.evidence)))
                .toList();
        return new Result(requirements, groups);
    }

    /**
     * A group when two or more skills form a list in the sentence: ANY_OF after a cue such as "at least
     * one of" or when the list offers alternatives ("A, B or C", "A/B"); ALL_OF when it joins them
     * ("SQL and Python").
     */
    private static RequirementGroup group(String text, PostingContext.Sentence sentence, List<SkillMention> mentions,
                                          Importance importance, int number) {
        if (mentions.size() < 2) {
            return null;
        }
        List<SkillMention> members = new ArrayList<>();
        GroupMode mode = GroupMode.ANY_OF;
        var cue = ANY_OF_CUE.matcher(sentence.text());
        if (cue.find() && !cue.group(1).equalsIgnoreCase("such as")) {
            int cueEnd = sentence.span().start() + cue.end();
            mentions.stream().filter(m -> m.start() >= cueEnd).forEach(members::add);
        } else {
            // The longest list of adjacent mentions; it offers alternatives if any separator says "or" or "/".
            List<SkillMention> chain = new ArrayList<>();
            boolean alternatives = false;
            boolean conjunction = false;
            boolean bestAlternatives = false;
            boolean bestConjunction = false;
            for (SkillMention m : mentions) {
                SkillMention last = chain.isEmpty() ? null : chain.get(chain.size() - 1);
                String gap = last == null || m.start() < last.end() ? null : text.substring(last.end(), m.start());
                if (last != null && gap != null && LIST_GAP.matcher(gap).matches()) {
                    chain.add(m);
                    alternatives |= ALTERNATIVE_GAP.matcher(gap).find();
                    conjunction |= CONJUNCTION_GAP.matcher(gap).find();
                } else {
                    if (chain.size() > members.size() && (alternatives || conjunction)) {
                        members = new ArrayList<>(chain);
                        bestAlternatives = alternatives;
                        bestConjunction = conjunction;
                    }
                    chain = new ArrayList<>(List.of(m));
                    alternatives = false;
                    conjunction = false;
                }
            }
            if (chain.size() > members.size() && (alternatives || conjunction)) {
                members = new ArrayList<>(chain);
                bestAlternatives = alternatives;
                bestConjunction = conjunction;
            }
            // A bare comma enumeration is no group; "and" joins, "or" and "/" offer alternatives.
            mode = bestAlternatives ? GroupMode.ANY_OF : GroupMode.ALL_OF;
            if (!bestAlternatives && !bestConjunction) {
                return null;
            }
        }
        List<String> ids = members.stream().map(SkillRequirementExtractor::key).distinct().toList();
        if (ids.size() < 2) {
            return null;
        }
        Span evidence = new Span(members.get(0).start(), members.get(members.size() - 1).end());
        return new RequirementGroup("g" + number, mode, importance, ids, evidence);
    }

    /** The taxonomy id, or for a model-only skill its lower-cased words. */
    static String key(SkillMention m) {
        return SkillKeys.of(m.skillId(), m.name());
    }

    private static final class Draft {
        final String skillId;
        final String name;
        Importance importance = Importance.PREFERRED;
        String groupId;
        final List<Span> evidence = new ArrayList<>();

        Draft(String skillId, String name) {
            this.skillId = skillId;
            this.name = name;
        }
    }
}
