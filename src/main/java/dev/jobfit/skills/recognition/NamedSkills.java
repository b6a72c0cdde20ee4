package dev.jobfit.skills.recognition;

import java.util.ArrayList;
import java.util.List;

/**
 * The mentions that name a skill a reader would list: every taxonomy mention, and model-only mentions
 * that are short and confident. A model span that contains a taxonomy mention gives way to it. Used
 * for a posting's requirements and a resume's skills alike.
 */
public final class NamedSkills {

    /** Model-only mentions longer than this are phrases ("develop data pipelines"), not skills. */
    static final int MAX_MODEL_ONLY_WORDS = 4;
    static final double MIN_MODEL_ONLY_CONFIDENCE = 0.6;

    private NamedSkills() {
    }

    public static List<SkillMention> of(List<SkillMention> mentions) {
        List<SkillMention> named = new ArrayList<>(mentions.size());
        for (SkillMention m : mentions) {
            if (m.source() == MentionSource.MODEL) {
                boolean containsTaxonomy = mentions.stream()
                        .anyMatch(o -> o != m && o.skillId() != null && m.span().contains(o.span()));
                if (containsTaxonomy || m.text().split("\\s+").length > MAX_MODEL_ONLY_WORDS
                        || m.confidence() < MIN_MODEL_ONLY_CONFIDENCE) {
                    continue;
                }
            }
            named.add(m);
        }
        return named;
    }
}
