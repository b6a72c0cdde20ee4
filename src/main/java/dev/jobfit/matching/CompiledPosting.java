package dev.jobfit.matching;

import dev.jobfit.matching.rules.EligibilityRule;
import dev.jobfit.posting.analysis.Importance;
import dev.jobfit.posting.analysis.PostingAnalysis;
import dev.jobfit.posting.analysis.PostingAnalysis.GroupMode;
import dev.jobfit.posting.analysis.PostingAnalysis.OtherKind;
import dev.jobfit.posting.analysis.PostingAnalysis.OtherRequirement;
import dev.jobfit.posting.analysis.PostingAnalysis.RequirementGroup;
import dev.jobfit.posting.analysis.PostingAnalysis.SkillRequirement;
import dev.jobfit.posting.analysis.PostingAnalysis.VenueRequirement;
import dev.jobfit.skills.SkillKeys;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A posting's requirements prepared once for scoring many resumes: skills grouped into the units the
 * scorer counts, and the limit policy resolved. Immutable and safe to share between threads.
 *
 * @param id the posting
 * @param title its title, where known
 * @param company its company, where known
 * @param analysis the effective analysis (recruiter corrections applied)
 * @param limit the application limit, or null when there is none
 * @param requiredSkills the required skill units
 * @param preferredSkills the preferred skill units
 * @param yearsOfExperience the years of experience asked for, or null
 * @param venues the publication venues the posting values
 * @param competitions competition results the posting asks for
 * @param keys what a candidate's results depend on, for sharing work between postings
 */
public record CompiledPosting(UUID id, String title, String company, PostingAnalysis analysis, LimitPolicy limit,
                              List<SkillUnit> requiredSkills, List<SkillUnit> preferredSkills,
                              OtherRequirement yearsOfExperience, List<VenueRequirement> venues,
                              List<OtherRequirement> competitions, Keys keys) {

    /**
     * Keys for what a candidate's result depends on, worked out once per posting (see {@link RequirementKey}).
     *
     * @param rules per rule whose outcome depends only on requirement values (not the application limit)
     * @param degree the degree component
     * @param availability the availability component
     * @param experience the experience component, or null when the posting asks for no years
     * @param research the research component
     */
    public record Keys(Map<RuleName, RequirementKey> rules, RequirementKey degree, RequirementKey availability,
                       RequirementKey experience, RequirementKey research) {

        static Keys of(PostingAnalysis analysis, OtherRequirement years, List<VenueRequirement> venues,
                       List<OtherRequirement> competitions) {
            Map<RuleName, RequirementKey> rules = new EnumMap<>(RuleName.class);
            for (EligibilityRule rule : EligibilityRule.ALL) {
                Object reads = rule.reads(analysis);
                if (reads != null) {
                    rules.put(rule.name(), RequirementKey.of(rule.name(), reads));
                }
            }
            return new Keys(Collections.unmodifiableMap(rules),
                    RequirementKey.of(ComponentName.DEGREE, RequirementKey.withoutEvidence(analysis.degree())),
                    RequirementKey.of(ComponentName.AVAILABILITY, Arrays.asList(
                            RequirementKey.withoutEvidence(analysis.internship()),
                            RequirementKey.withoutEvidence(analysis.startDeadline()))),
                    years == null ? null : RequirementKey.of(ComponentName.EXPERIENCE, years.years()),
                    RequirementKey.of(ComponentName.RESEARCH, List.of(
                            venues.stream().map(VenueRequirement::venue).toList(), !competitions.isEmpty())));
        }
    }

    public static CompiledPosting of(UUID id, PostingAnalysis analysis, LimitPolicy limit) {
        List<SkillUnit> units = units(analysis);
        OtherRequirement years = analysis.otherRequirements().stream()
                .filter(r -> r.kind() == OtherKind.YEARS_OF_EXPERIENCE && r.years() != null && r.years() > 0)
                .filter(r -> r.importance() == Importance.REQUIRED)
                .findFirst()
                .orElse(null);
        List<VenueRequirement> venues = List.copyOf(analysis.publications());
        List<OtherRequirement> competitions = analysis.otherRequirements().stream()
                .filter(r -> r.kind() == OtherKind.COMPETITION).toList();
        return new CompiledPosting(id,
                analysis.title() == null ? null : analysis.title().value(),
                analysis.company() == null ? null : analysis.company().name(),
                analysis, limit,
                units.stream().filter(u -> u.importance() == Importance.REQUIRED).toList(),
                units.stream().filter(u -> u.importance() == Importance.PREFERRED).toList(),
                years, venues, competitions, Keys.of(analysis, years, venues, competitions));
    }

    /**
     * Each group is one unit, counted once however often the posting repeats it; a skill outside every
     * group is a unit of its own. A field of study named in the degree requirement ("a degree in computer
     * science") is scored by the degree component, not again as a skill.
     */
    private static List<SkillUnit> units(PostingAnalysis analysis) {
        Map<String, SkillRequirement> byKey = new HashMap<>();
        for (SkillRequirement s : analysis.skills()) {
            byKey.putIfAbsent(key(s), s);
        }
        List<SkillUnit> units = new ArrayList<>();
        java.util.Set<List<String>> seen = new java.util.HashSet<>();
        for (RequirementGroup g : analysis.requirementGroups()) {
            if (!seen.add(g.skillIds().stream().sorted().toList())) {
                continue;
            }
            List<SkillUnit.RequiredSkill> members = new ArrayList<>();
            for (String key : g.skillIds()) {
                SkillRequirement s = byKey.get(key);
                if (s != null) {
                    members.add(required(s));
                }
            }
            if (!members.isEmpty()) {
                units.add(new SkillUnit(g.id(), g.mode(), g.importance(), List.copyOf(members), g.evidence()));
            }
        }
        for (SkillRequirement s : analysis.skills()) {
            if (s.groupId() == null && !fieldOfStudy(analysis, s)) {
                SkillUnit.RequiredSkill r = required(s);
                units.add(new SkillUnit(null, GroupMode.ANY_OF, s.importance(), List.of(r), r.evidence()));
            }
        }
        return units;
    }

    private static boolean fieldOfStudy(PostingAnalysis analysis, SkillRequirement s) {
        var degree = analysis.degree();
        return degree != null && degree.fields().stream().anyMatch(f -> f.equalsIgnoreCase(s.name()))
                && s.evidence().stream().allMatch(e -> degree.evidence().stream().anyMatch(d -> d.contains(e)));
    }

    private static SkillUnit.RequiredSkill required(SkillRequirement s) {
        // one String per distinct key, so the scorer's lookups by key mostly compare references
        return new SkillUnit.RequiredSkill(key(s).intern(), s.skillId(), s.name(), s.evidence().isEmpty() ? null : s.evidence().get(0));
    }

    /** The key the analysis uses in its groups: the taxonomy id, or the words for a skill outside it. */
    static String key(SkillRequirement s) {
        return SkillKeys.of(s.skillId(), s.name());
    }
}
