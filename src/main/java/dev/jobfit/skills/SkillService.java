package dev.jobfit.skills;

import dev.jobfit.skills.api.MentionView;
import dev.jobfit.skills.api.RelatedSkill;
import dev.jobfit.skills.api.SkillDetail;
import dev.jobfit.skills.api.SkillExtraction;
import dev.jobfit.skills.api.SkillSummary;
import dev.jobfit.skills.relatedness.Relatedness;
import dev.jobfit.skills.taxonomy.Skill;
import dev.jobfit.skills.taxonomy.SkillTaxonomy;
import dev.jobfit.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Skill lookup, autocomplete and extraction for the API. */
@ApplicationScoped
public class SkillService {

    static final int MAX_CHILDREN = 50;
    static final int MAX_RELATED = 20;

    private final SkillEngine engine;

    SkillService(SkillEngine engine) {
        this.engine = engine;
    }

    public List<SkillSummary> autocomplete(String query, int limit) {
        return engine.taxonomy().autocomplete(query, limit).stream().map(SkillSummary::of).toList();
    }

    public SkillDetail get(String id) {
        SkillTaxonomy taxonomy = engine.taxonomy();
        Skill skill = taxonomy.find(id).orElseThrow(() -> ProblemException.notFound("skill", id));
        List<String> childIds = taxonomy.children(id);
        return new SkillDetail(
                skill.id(),
                skill.name(),
                skill.type(),
                skill.category(),
                skill.source(),
                skill.aliases().stream().map(a -> a.text()).filter(a -> !a.equals(skill.name())).toList(),
                summaries(skill.parents()),
                summaries(childIds.stream().limit(MAX_CHILDREN).toList()),
                childIds.size(),
                related(skill));
    }

    public SkillExtraction extract(String text) {
        List<MentionView> mentions = engine.recognizer().recognize(text).stream().map(MentionView::of).toList();
        return new SkillExtraction(text, mentions);
    }

    /** Siblings in small categories and the parents, each with the credit it would earn for this skill. */
    private List<RelatedSkill> related(Skill skill) {
        SkillTaxonomy taxonomy = engine.taxonomy();
        Set<String> candidates = new LinkedHashSet<>(skill.parents());
        for (String parent : skill.parents()) {
            candidates.addAll(taxonomy.children(parent));
        }
        candidates.addAll(taxonomy.children(skill.id()));
        candidates.remove(skill.id());
        List<RelatedSkill> related = new ArrayList<>();
        for (String candidate : candidates) {
            Relatedness r = engine.relatedness().of(skill.id(), candidate);
            if (r.weight() > 0) {
                related.add(new RelatedSkill(SkillSummary.of(taxonomy.get(candidate)), r.relation(), r.weight()));
            }
        }
        related.sort(Comparator.comparingDouble(RelatedSkill::weight).reversed()
                .thenComparing(r -> r.skill().name()));
        return related.stream().limit(MAX_RELATED).toList();
    }

    private List<SkillSummary> summaries(List<String> ids) {
        return ids.stream().map(engine.taxonomy()::find).flatMap(java.util.Optional::stream)
                .map(SkillSummary::of).toList();
    }
}
