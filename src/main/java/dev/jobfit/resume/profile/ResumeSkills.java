package dev.jobfit.resume.profile;

import dev.jobfit.resume.profile.ResumeProfile.ResumeSkill;
import dev.jobfit.skills.recognition.NamedSkills;
import dev.jobfit.skills.recognition.SkillMention;
import dev.jobfit.text.Span;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A resume's skills with their history: a skill used in a dated role or project counts with that
 * period (when last used, for how long); a skill that only appears in a skills list counts too but is
 * marked as listed only.
 */
final class ResumeSkills {

    private ResumeSkills() {
    }

    static List<ResumeSkill> of(String text, List<ResumeProfile.Section> sections, List<ResumeParser.Entry> entries,
                                List<SkillMention> mentions, LocalDate today) {
        Map<String, Draft> skills = new LinkedHashMap<>();
        YearMonth now = YearMonth.from(today);
        for (SkillMention m : NamedSkills.of(mentions)) {
            ResumeSectionKind section = sectionOf(sections, m.span());
            if (section == ResumeSectionKind.CONTACT) {
                continue; // contact details never become skills
            }
            String key = m.skillId() != null ? m.skillId() : "text:" + m.name().toLowerCase(Locale.ROOT);
            Draft d = skills.computeIfAbsent(key, k -> new Draft(m.skillId(), m.name()));
            d.evidence.add(m.span());
            d.sections.add(section);
            for (ResumeParser.Entry entry : entries) {
                if (entry.span().contains(m.span())) {
                    YearMonth end = entry.experience().end() == null ? now : entry.experience().end();
                    d.lastUsed = d.lastUsed == null || end.isAfter(d.lastUsed) ? end : d.lastUsed;
                    ResumeParser.addCoveredMonths(entry.experience(), now, d.months);
                }
            }
        }
        List<ResumeSkill> result = new ArrayList<>();
        for (Draft d : skills.values()) {
            boolean dated = !d.months.isEmpty();
            result.add(new ResumeSkill(d.skillId, d.name, List.copyOf(d.evidence), List.copyOf(d.sections), d.lastUsed,
                    dated ? ResumeParser.years(d.months.size()) : null,
                    !dated && d.sections.contains(ResumeSectionKind.SKILLS)));
        }
        return result;
    }

    private static ResumeSectionKind sectionOf(List<ResumeProfile.Section> sections, Span span) {
        for (ResumeProfile.Section s : sections) {
            if (s.start() <= span.start() && span.end() <= s.end()) {
                return s.kind();
            }
        }
        return ResumeSectionKind.OTHER;
    }

    private static final class Draft {
        final String skillId;
        final String name;
        final List<Span> evidence = new ArrayList<>();
        final Set<ResumeSectionKind> sections = EnumSet.noneOf(ResumeSectionKind.class);
        final Set<YearMonth> months = new HashSet<>();
        YearMonth lastUsed;

        Draft(String skillId, String name) {
            this.skillId = skillId;
            this.name = name;
        }
    }
}
