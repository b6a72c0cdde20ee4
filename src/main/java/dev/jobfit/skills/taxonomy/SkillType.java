package dev.jobfit.skills.taxonomy;

/** The two kinds of skill mention, as SkillSpan defines them. */
public enum SkillType {
    /** Tools, technologies and fields of knowledge: "PyTorch", "SQL", "computer vision". */
    KNOWLEDGE,
    /** Abilities and competences: "work in a team", "design experiments", "communicate results". */
    SKILL
}
