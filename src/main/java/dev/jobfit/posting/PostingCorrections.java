package dev.jobfit.posting;

import dev.jobfit.posting.analysis.PostingAnalysis;
import dev.jobfit.posting.analysis.PostingAnalysis.ApplicationPolicyRequirement;
import dev.jobfit.posting.analysis.PostingAnalysis.DegreeRequirement;
import dev.jobfit.posting.analysis.PostingAnalysis.InternshipRequirement;
import dev.jobfit.posting.analysis.PostingAnalysis.SkillRequirement;
import dev.jobfit.posting.api.PostingCorrection;
import dev.jobfit.skills.SkillKeys;
import dev.jobfit.text.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Corrections on top of an analysis: merging a new correction into the stored ones, and applying
 * them to any analysis, the first one or a re-analysis. Pure functions.
 */
final class PostingCorrections {

    private PostingCorrections() {
    }

    /** The stored corrections after {@code update}: present fields replace, {@code clear} withdraws. */
    static PostingCorrection merge(PostingCorrection stored, PostingCorrection update) {
        PostingCorrection base = stored == null ? new PostingCorrection(null, null, null, null, null, null, null, null) : stored;
        Set<String> clear = update.clear() == null ? Set.of() : new HashSet<>(update.clear());
        return new PostingCorrection(
                pick(update.title(), base.title(), clear.contains("title")),
                pick(update.employmentType(), base.employmentType(), clear.contains("employmentType")),
                pick(update.skills(), base.skills(), clear.contains("skills")),
                pick(update.degree(), base.degree(), clear.contains("degree")),
                pick(update.internship(), base.internship(), clear.contains("internship")),
                pick(update.startDeadline(), base.startDeadline(), clear.contains("startDeadline")),
                pick(update.applicationPolicy(), base.applicationPolicy(), clear.contains("applicationPolicy")),
                null);
    }

    private static <T> T pick(T update, T stored, boolean cleared) {
        return update != null ? update : cleared ? null : stored;
    }

    /** The names of the fields a correction sets. */
    static List<String> correctedFields(PostingCorrection c) {
        List<String> fields = new ArrayList<>();
        if (c == null) {
            return fields;
        }
        if (c.title() != null) {
            fields.add("title");
        }
        if (c.employmentType() != null) {
            fields.add("employmentType");
        }
        if (c.skills() != null) {
            fields.add("skills");
        }
        if (c.degree() != null) {
            fields.add("degree");
        }
        if (c.internship() != null) {
            fields.add("internship");
        }
        if (c.startDeadline() != null) {
            fields.add("startDeadline");
        }
        if (c.applicationPolicy() != null) {
            fields.add("applicationPolicy");
        }
        return fields;
    }

    /** The analysis with every correction in place; corrected values carry evidence only where the text shows them. */
    static PostingAnalysis apply(PostingAnalysis a, PostingCorrection c) {
        if (c == null) {
            return a;
        }
        List<SkillRequirement> skills = a.skills();
        List<PostingAnalysis.RequirementGroup> groups = a.requirementGroups();
        if (c.skills() != null) {
            skills = c.skills().stream()
                    .map(s -> new SkillRequirement(s.skillId(), s.name(), s.importance(), null, occurrences(a, s.name())))
                    .toList();
            Set<String> kept = new HashSet<>();
            c.skills().forEach(s -> kept.add(SkillKeys.of(s.skillId(), s.name())));
            groups = groups.stream().filter(g -> kept.containsAll(g.skillIds())).toList();
        }
        DegreeRequirement degree = c.degree() == null ? a.degree() : new DegreeRequirement(c.degree().levels(),
                c.degree().status(), c.degree().fields() == null ? List.of() : c.degree().fields(), c.degree().importance(), List.of());
        InternshipRequirement internship = c.internship() == null ? a.internship() : new InternshipRequirement(
                c.internship().windows(), c.internship().minimumWeeks(), c.internship().season(),
                c.internship().year() != null ? c.internship().year()
                        : c.internship().windows().isEmpty() ? null : c.internship().windows().get(0).start().getYear(),
                false, List.of());
        ApplicationPolicyRequirement policy = c.applicationPolicy() == null ? a.applicationPolicy()
                : new ApplicationPolicyRequirement(c.applicationPolicy().maxApplications(), c.applicationPolicy().scope(),
                        c.applicationPolicy().consideredInOrder(), List.of());
        return new PostingAnalysis(
                a.analyzerVersion(),
                a.text(),
                a.sections(),
                a.ignored(),
                c.title() == null ? a.title() : new PostingAnalysis.EvidencedText(c.title(), first(a, c.title())),
                a.company(),
                a.locations(),
                c.employmentType() == null ? a.employmentType() : c.employmentType(),
                a.postedAt(),
                a.externalId(),
                skills,
                groups,
                degree,
                internship,
                c.startDeadline() == null ? a.startDeadline() : new PostingAnalysis.StartDeadline(c.startDeadline(), null),
                policy,
                a.publications(),
                a.otherRequirements(),
                a.warnings());
    }

    /** Where the words occur in the text outside boilerplate, so a corrected skill can still be highlighted. */
    private static List<Span> occurrences(PostingAnalysis a, String words) {
        List<Span> spans = new ArrayList<>();
        String lower = a.text().toLowerCase(Locale.ROOT);
        String needle = words.toLowerCase(Locale.ROOT);
        for (int at = lower.indexOf(needle); at >= 0 && spans.size() < 10; at = lower.indexOf(needle, at + 1)) {
            Span span = new Span(at, at + needle.length());
            if (a.ignored().stream().noneMatch(i -> new Span(i.start(), i.end()).overlaps(span))) {
                spans.add(span);
            }
        }
        return spans;
    }

    private static Span first(PostingAnalysis a, String words) {
        int at = a.text().indexOf(words);
        return at < 0 ? null : new Span(at, at + words.length());
    }
}
