package dev.jobfit.resume.profile;

import dev.jobfit.resume.profile.ResumeProfile.ResumeSkill;
import dev.jobfit.skills.SkillKeys;
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
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
            String key = SkillKeys.of(m.skillId(), m.name());
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
        // Entries of a skills list that the recogniser does not know (or knows only part of) still count, by
        // their words: "PCB design", "patient care", "Spark Structured Streaming".
        List<Span> known = skills.values().stream().flatMap(d -> d.evidence.stream()).toList();
        for (Span item : listedItems(text, sections)) {
            if (known.stream().noneMatch(k -> k.start() <= item.start() && item.end() <= k.end())) {
                String words = item.of(text).replaceAll("\\s+", " ");
                Draft d = skills.computeIfAbsent(SkillKeys.of(null, words), k -> new Draft(null, words));
                d.evidence.add(item);
                d.sections.add(ResumeSectionKind.SKILLS);
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

    /** Separators of a skills list; "/" is not one (CI/CD, SAP S/4HANA). */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[,;|\u00b7\u2022]\\s*");
    /** "Programming:", "Storage/warehouse:" before a line's items. */
    private static final Pattern LABEL = Pattern.compile("^\\s*[A-Z][\\w &/+-]{0,28}:\\s*");
    private static final Pattern ITEM = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\s.+#/&'-]{0,39}");

    /**
     * The items of the skills sections: lines split at commas, semicolons, bars and middle dots after an
     * optional label. A line break ends an item, except where a line of several items stops without a
     * separator and the next line goes on in lower case: a wrap inside an item ("data" / "visualization").
     */
    static List<Span> listedItems(String text, List<ResumeProfile.Section> sections) {
        List<Span> items = new ArrayList<>();
        for (ResumeProfile.Section section : sections) {
            if (section.kind() != ResumeSectionKind.SKILLS) {
                continue;
            }
            int at = text.indexOf('\n', section.start());
            at = at < 0 || at >= section.end() ? section.end() : at + 1; // the heading is no item
            int itemStart = -1;
            while (at < section.end()) {
                int end = text.indexOf('\n', at);
                end = end < 0 || end > section.end() ? section.end() : end;
                String line = text.substring(at, end);
                Matcher label = LABEL.matcher(line);
                int from = at + (label.find() ? label.end() : 0);
                if (from > at) {
                    itemStart = close(items, text, itemStart, at);
                }
                Matcher separator = SEPARATOR.matcher(text.substring(from, end));
                int pieceStart = itemStart >= 0 ? itemStart : from;
                boolean separated = false;
                while (separator.find()) {
                    close(items, text, pieceStart, from + separator.start());
                    pieceStart = from + separator.end();
                    separated = true;
                }
                itemStart = pieceStart;
                int next = end + 1;
                boolean wrapped = separated && !text.substring(pieceStart, end).isBlank() && next < section.end()
                        && Character.isLowerCase(text.charAt(next));
                if (!wrapped) {
                    itemStart = close(items, text, itemStart, end);
                }
                at = end + 1;
            }
            close(items, text, itemStart, section.end());
        }
        return items;
    }

    /** Adds the item in [start, end) when it reads as one, and returns -1 (no open item). */
    private static int close(List<Span> items, String text, int start, int end) {
        if (start < 0 || end <= start) {
            return -1;
        }
        String raw = text.substring(start, end);
        String item = raw.strip();
        int from = start + raw.indexOf(item);
        if (!item.isEmpty() && item.split("\\s+").length <= 4 && ITEM.matcher(item).matches()) {
            items.add(new Span(from, from + item.length()));
        }
        return -1;
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
