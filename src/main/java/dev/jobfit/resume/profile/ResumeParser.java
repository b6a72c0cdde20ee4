package dev.jobfit.resume.profile;

import dev.jobfit.education.DegreeLevel;
import dev.jobfit.education.DegreeNames;
import dev.jobfit.resume.profile.ResumeProfile.Availability;
import dev.jobfit.resume.profile.ResumeProfile.Contact;
import dev.jobfit.resume.profile.ResumeProfile.Education;
import dev.jobfit.resume.profile.ResumeProfile.EducationStatus;
import dev.jobfit.resume.profile.ResumeProfile.Experience;
import dev.jobfit.resume.profile.ResumeProfile.ResumeSkill;
import dev.jobfit.skills.recognition.SkillRecognizer;
import dev.jobfit.text.PlainTextStructure;
import dev.jobfit.text.Span;
import dev.jobfit.text.StructuredText;
import dev.jobfit.time.DateExpressions;
import dev.jobfit.time.DateRangeParser;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a resume's text into a {@link ResumeProfile}: sections, contact, education with status and
 * dates, availability and graduation, experience, publications, awards and skills, and whether the text
 * looks garbled. Pure: the date "today" is a parameter, so results are repeatable.
 */
public final class ResumeParser {

    public static final String VERSION = "resume-parser/1";

    // Bounded repetitions (address parts as RFC 5321 limits them, phone numbers of at most 22 characters):
    // unbounded ones make a search over a long run of letters or digits take quadratic time.
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]{1,64}@[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,8}");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w])\\+?\\d[\\d ()./-]{7,20}\\d(?![\\w])");
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+|\\b(?:linkedin|github|gitlab)\\.\\w+/\\S+");
    private static final Pattern DOCUMENT_TITLE = Pattern.compile(
            "(?i)(?:my\\s+)?(?:resume|r\u00e9sum\u00e9|curriculum\\s+vitae|c\\.?v\\.?|bio-?data)");
    private static final Pattern NAME_LABEL = Pattern.compile("(?i)^(?:full\\s+)?name\\s*:\\s*");
    /** Credentials after a name: "Pat Specimen, RN, BSN", "Lee Notreal, CPA", "Dana Example, Ph.D.". */
    private static final Pattern CREDENTIALS = Pattern.compile("(?:,\\s*(?:[A-Z]{2,5}|Ph\\.\\s?D\\.?|M\\.D\\.))+$");
    static final Pattern INSTITUTION = Pattern.compile(
            "(?i)\\b(university|universit\u00e4t|universidad|universit\u00e9|institute|college|school|polytechnic|academy|\u00e9cole)\\b");
    private static final Pattern IN_PROGRESS = Pattern.compile(
            "(?i)\\b(pursuing|expected|in progress|candidate|ongoing|present|current(ly)?|to date|anticipated)\\b");
    private static final Pattern EXPECTED = Pattern.compile(
            "(?i)\\b(?:expected|anticipated|expected graduation:?)\\s*(?:graduation:?\\s*)?(?:in\\s+)?((?:" + DateExpressions.MONTH_PATTERN
                    + ")\\.?\\s+\\d{4}|\\d{1,2}/\\d{4}|\\d{4})");
    private static final Pattern FIELD = Pattern.compile("(?i)^\\s*(?:in|of)?\\s*([A-Za-z][A-Za-z&,/ ()'-]{2,80}?)(?=\\s*(?:[,;|\u2013\u2014(]|\\s-\\s|\\d|$))");
    /** The month of a date that follows a field on its line: "Computer Science    Sep 2023 - Present". */
    private static final Pattern TRAILING_MONTH = Pattern.compile(
            "(?i)[\\s,]+(?:" + DateExpressions.MONTH_PATTERN + ")\\.?$");
    private static final Pattern AVAILABLE = Pattern.compile(
            "(?i)\\b(available|availability|seeking|looking for|can start|start date|free to start)\\b");
    private static final Pattern FOR_MONTHS = Pattern.compile("(?i)\\bfor\\s+(\\d{1,2}|\\w+)\\s+months?\\b");
    private static final Pattern WEEKS = Pattern.compile("(?i)\\b(\\d{1,2})[- ]weeks?\\b");
    private static final Pattern FROM_ONLY = Pattern.compile("(?i)\\b(?:from|starting|after)\\s+((?:" + DateExpressions.MONTH_PATTERN
            + ")\\.?\\s+\\d{4})");

    private ResumeParser() {
    }

    public static ResumeProfile parse(String raw, LocalDate today) {
        return parse(raw, today, null);
    }

    /** With a skill recogniser, the profile also lists skills; without one, skills are empty. */
    public static ResumeProfile parse(String raw, LocalDate today, SkillRecognizer recognizer) {
        StructuredText document = PlainTextStructure.parse(raw);
        String text = document.text();
        List<ResumeProfile.Section> sections = ResumeSections.of(document);
        List<Education> education = education(text, sections, today);
        // The highest degree's date; a certificate programme (level OTHER) is no degree.
        YearMonth graduation = education.stream().filter(e -> e.level() != DegreeLevel.OTHER)
                .max(Comparator.comparing((Education e) -> e.level().ordinal()).thenComparing(e -> e.graduation(),
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(Education::graduation).orElse(null);
        List<Entry> entries = datedEntries(text, sections, today);
        List<Experience> experience = entries.stream().filter(e -> e.kind == ResumeSectionKind.EXPERIENCE)
                .map(e -> e.experience).toList();
        List<ResumeSkill> skills = recognizer == null ? List.of()
                : ResumeSkills.of(text, sections, entries, recognizer.recognize(text), today);
        Contact contact = contact(text, sections);
        return new ResumeProfile(VERSION, text, sections, contact, education, availability(text, sections), graduation,
                experience, totalYears(experience, today), ResumePublications.of(text, sections, contact.name()),
                ResumeAwards.of(text, sections), skills,
                TextQuality.isLow(text) ? List.of(TextQuality.LOW_TEXT_QUALITY) : List.of());
    }

    /** A dated entry of the experience or projects section: the lines from its date to the next one. */
    record Entry(ResumeSectionKind kind, Span span, Experience experience) {
    }

    private static final Pattern AT = Pattern.compile("(?i)\\s+(?:at|@)\\s+");

    /**
     * Entries of the experience and projects sections. An entry starts at a line that carries a period
     * (or the line before it, when the period stands alone) and runs to the next entry; its first line
     * names the title and organisation: "Research Assistant, Vision Lab, Jan 2024 - Present" or
     * "Data Engineer at Contoso".
     */
    static List<Entry> datedEntries(String text, List<ResumeProfile.Section> sections, LocalDate today) {
        List<Entry> entries = new ArrayList<>();
        for (ResumeProfile.Section section : sections) {
            if (section.kind() != ResumeSectionKind.EXPERIENCE && section.kind() != ResumeSectionKind.PROJECTS) {
                continue;
            }
            String part = text.substring(section.start(), section.end());
            List<int[]> starts = new ArrayList<>(); // {line start, period index}
            List<DateRangeParser.Found> periods = new ArrayList<>();
            int lineStart = part.indexOf('\n') + 1; // skip the heading line
            while (lineStart > 0 && lineStart < part.length()) {
                int lineEnd = lineEnd(part, lineStart);
                String line = part.substring(lineStart, lineEnd);
                List<DateRangeParser.Found> dated = DateRangeParser.find(line).stream()
                        .filter(d -> d.current() || !d.start().equals(d.end()) || d.yearOnly()).toList();
                if (!dated.isEmpty()) {
                    boolean alone = line.strip().length() - (dated.get(0).to() - dated.get(0).from()) < 4;
                    int entryStart = alone && !starts.isEmpty() && starts.get(starts.size() - 1)[0] < lineStart
                            ? previousLine(part, lineStart) : lineStart;
                    if (alone && starts.isEmpty()) {
                        entryStart = previousLine(part, lineStart) > part.indexOf('\n') ? previousLine(part, lineStart) : lineStart;
                    }
                    starts.add(new int[] {entryStart, periods.size()});
                    periods.add(dated.get(0));
                }
                lineStart = lineEnd + 1;
            }
            for (int i = 0; i < starts.size(); i++) {
                int from = starts.get(i)[0];
                int to = i + 1 < starts.size() ? starts.get(i + 1)[0] : part.length();
                String entryText = part.substring(from, to).stripTrailing();
                DateRangeParser.Found period = periods.get(starts.get(i)[1]);
                String head = entryText.lines().findFirst().orElse("");
                String[] names = titleAndOrganization(head);
                Span span = new Span(section.start() + from, section.start() + from + entryText.length());
                YearMonth end = period.current() ? null : period.end();
                entries.add(new Entry(section.kind(), span,
                        new Experience(names[0], names[1], period.start(), end, period.current(), span)));
            }
        }
        return entries;
    }

    /** "Research Assistant, Vision Lab, Jan 2024 - Present" to its title and organisation. */
    private static String[] titleAndOrganization(String head) {
        String withoutDates = head;
        for (DateRangeParser.Found d : DateRangeParser.find(head)) {
            withoutDates = withoutDates.replace(head.substring(d.from(), d.to()), " ");
        }
        withoutDates = withoutDates.replaceAll("[|()–—]", ",").replaceAll("\\s+-\\s+", ",").replaceAll("^-\\s*", "");
        String[] at = AT.split(withoutDates, 2);
        if (at.length == 2) {
            return new String[] {clean(at[0]), clean(at[1].split(",")[0])};
        }
        String[] parts = withoutDates.split("\\s*,\\s*");
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (!p.isBlank()) {
                kept.add(p.strip());
            }
        }
        return new String[] {kept.isEmpty() ? null : clean(kept.get(0)), kept.size() < 2 ? null : clean(kept.get(1))};
    }

    private static String clean(String s) {
        String c = s.strip().replaceAll("[,;:]+$", "").strip();
        return c.isEmpty() ? null : c;
    }

    /** Years covered by the roles, each month counted once. */
    static Double totalYears(List<Experience> experience, LocalDate today) {
        if (experience.isEmpty()) {
            return null;
        }
        java.util.Set<YearMonth> months = new java.util.HashSet<>();
        YearMonth now = YearMonth.from(today);
        for (Experience e : experience) {
            addCoveredMonths(e, now, months);
        }
        return years(months.size());
    }

    /** Adds the months a role covers, up to {@code now} (a current role runs to {@code now}). */
    static void addCoveredMonths(Experience role, YearMonth now, java.util.Set<YearMonth> months) {
        YearMonth end = role.end() == null ? now : role.end();
        for (YearMonth m = role.start(); !m.isAfter(end) && !m.isAfter(now); m = m.plusMonths(1)) {
            months.add(m);
        }
    }

    /** A number of months in years, to one decimal. */
    static double years(int months) {
        return Math.round(months / 12.0 * 10) / 10.0;
    }

    static Contact contact(String text, List<ResumeProfile.Section> sections) {
        ResumeProfile.Section head = sections.isEmpty() ? null : sections.get(0);
        int end = head != null && head.kind() == ResumeSectionKind.CONTACT ? head.end() : Math.min(text.length(), 400);
        for (int i = 1; head != null && head.kind() == ResumeSectionKind.CONTACT && i < sections.size()
                && sections.get(i).kind() == ResumeSectionKind.CONTACT; i++) {
            end = sections.get(i).end(); // "CURRICULUM VITAE" above a "Contact" heading
        }
        String block = text.substring(0, end);
        List<Span> evidence = new ArrayList<>();
        String email = first(EMAIL, block, evidence);
        String phone = first(PHONE, block, evidence);
        List<String> links = new ArrayList<>();
        Matcher link = LINK.matcher(block);
        while (link.find()) {
            links.add(link.group().replaceAll("[),.;]+$", ""));
            evidence.add(new Span(link.start(), link.start() + links.get(links.size() - 1).length()));
        }
        String name = null;
        // The name is the first plain line of the contact block; a resume without one (it opens with a
        // heading such as "Education") has no name rather than a heading for one.
        String nameBlock = head != null && head.kind() == ResumeSectionKind.CONTACT ? block : "";
        int lineStart = 0;
        for (String line : nameBlock.split("\n")) {
            int at = lineStart + (line.length() - line.stripLeading().length());
            lineStart += line.length() + 1;
            String candidate = line.strip();
            Matcher label = NAME_LABEL.matcher(candidate);
            if (label.find()) {
                at += label.end();
                candidate = candidate.substring(label.end());
            }
            if (!candidate.isEmpty() && !EMAIL.matcher(candidate).find() && !PHONE.matcher(candidate).find()
                    && !LINK.matcher(candidate).find() && candidate.split("\\s+").length <= 5
                    && candidate.chars().noneMatch(Character::isDigit) && !isTitleOrHeading(candidate)) {
                name = CREDENTIALS.matcher(candidate.replaceAll("[|,]+$", "").strip()).replaceAll("").strip();
                evidence.add(new Span(at, at + name.length()));
                break;
            }
        }
        evidence.sort(Comparator.comparingInt(Span::start));
        return new Contact(name, email, phone, links, evidence);
    }

    /** "RESUME", "Curriculum Vitae", "Contact:" and other words above or instead of a name. */
    private static boolean isTitleOrHeading(String line) {
        String words = line.replaceAll("[:\\s]+$", "");
        return DOCUMENT_TITLE.matcher(words).matches() || ResumeSections.classify(words).isPresent();
    }

    private static String first(Pattern pattern, String block, List<Span> evidence) {
        Matcher m = pattern.matcher(block);
        if (!m.find()) {
            return null;
        }
        evidence.add(new Span(m.start(), m.end()));
        return m.group().strip();
    }

    /**
     * Degrees in the education section (or anywhere, when there is none; certificate and diploma
     * programmes only in the section): each degree name with the
     * field after it, the institution on its line or the next, and the dates of its entry.
     */
    static List<Education> education(String text, List<ResumeProfile.Section> sections, LocalDate today) {
        List<Span> areas = sections.stream().filter(s -> s.kind() == ResumeSectionKind.EDUCATION)
                .map(s -> new Span(s.start(), s.end())).toList();
        boolean inEducation = !areas.isEmpty();
        if (!inEducation) {
            areas = List.of(new Span(0, text.length()));
        }
        List<Education> found = new ArrayList<>();
        YearMonth now = YearMonth.from(today);
        for (Span area : areas) {
            String part = area.of(text);
            // Certificate programmes count as entries only inside an education section.
            List<DegreeNames.Found> degrees = inEducation ? DegreeNames.findInEducation(part) : DegreeNames.find(part);
            for (int i = 0; i < degrees.size(); i++) {
                DegreeNames.Found degree = degrees.get(i);
                int entryStart = lineStart(part, degree.start());
                int entryEnd = i + 1 < degrees.size() ? lineStart(part, degrees.get(i + 1).start()) : part.length();
                entryEnd = Math.min(entryEnd, nextBlankLine(part, degree.end()));
                String entry = part.substring(entryStart, entryEnd);
                int offset = area.start() + entryStart;
                String afterDegree = part.substring(degree.end(), Math.min(part.length(), lineEnd(part, degree.end())));
                Matcher field = FIELD.matcher(afterDegree);
                String fieldText = field.find() ? TRAILING_MONTH.matcher(field.group(1).strip()).replaceAll("")
                        .replaceAll("[,(]+$", "").strip().toLowerCase(Locale.ROOT) : null;
                if (fieldText != null && (INSTITUTION.matcher(fieldText).find() || fieldText.isBlank())) {
                    fieldText = null;
                }
                String institution = institution(entry);
                List<DateRangeParser.Found> dates = DateRangeParser.find(entry);
                YearMonth start = null;
                YearMonth end = null;
                boolean current = false;
                for (DateRangeParser.Found d : dates) {
                    if (d.end() == null || !d.start().equals(d.end()) || d.yearOnly()) {
                        start = d.current() || !d.start().equals(d.end()) ? d.start() : start;
                        end = d.current() ? null : d.end();
                        current |= d.current();
                        if (!d.start().equals(d.end()) || d.current()) {
                            break;
                        }
                    }
                }
                YearMonth expected = null;
                Matcher exp = EXPECTED.matcher(entry);
                if (exp.find()) {
                    // A year alone ("expected 2027") is taken as June of that year.
                    expected = DateRangeParser.find(exp.group(1)).stream().findFirst()
                            .map(d -> d.yearOnly() ? YearMonth.of(d.start().getYear(), 6) : d.start()).orElse(null);
                }
                boolean inProgress = current || expected != null || IN_PROGRESS.matcher(entry).find()
                        || (end != null && end.isAfter(now));
                if (inProgress && expected == null && end != null && end.isAfter(now)) {
                    expected = end;
                }
                EducationStatus status = inProgress ? EducationStatus.IN_PROGRESS : EducationStatus.COMPLETED;
                found.add(new Education(degree.level(), degree.text(), fieldText, institution, status, start,
                        inProgress ? null : end, inProgress ? expected : null,
                        new Span(offset, offset + entry.stripTrailing().length())));
            }
        }
        return found;
    }

    private static String institution(String entry) {
        for (String line : entry.split("\n")) {
            Matcher m = INSTITUTION.matcher(line);
            if (m.find()) {
                for (String part : line.split("\\s*(?:[,|\u2013\u2014]|\\s-\\s)\\s*")) {
                    if (INSTITUTION.matcher(part).find() && DegreeNames.find(part).isEmpty()) {
                        return part.strip().replaceAll("^-\\s*", "");
                    }
                }
            }
        }
        return null;
    }

    /** "Available for internship: May - August 2026", "seeking a 12-week summer 2026 internship", "can start January 2026 for 6 months". */
    static List<Availability> availability(String text, List<ResumeProfile.Section> sections) {
        List<Availability> found = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            int offset = text.indexOf(line);
            boolean inSection = sections.stream().anyMatch(s -> s.kind() == ResumeSectionKind.AVAILABILITY
                    && s.start() <= offset && offset < s.end());
            if (!inSection && !AVAILABLE.matcher(line).find()) {
                continue;
            }
            Span evidence = new Span(offset, offset + line.length());
            Matcher from = FROM_ONLY.matcher(line);
            Matcher months = FOR_MONTHS.matcher(line);
            List<DateRangeParser.Found> dates = DateRangeParser.find(line);
            if (dates.isEmpty()) {
                continue;
            }
            DateRangeParser.Found d = dates.get(0);
            YearMonth start = d.start();
            YearMonth end = d.end();
            if (months.find()) {
                int count = DateExpressions.number(months.group(1)).orElse(0);
                end = count > 0 ? start.plusMonths(count - 1) : end;
            } else if (d.current() || (from.find() && d.start().equals(d.end()) && !line.matches("(?i).*\\b(until|to|-|\u2013)\\b.*"))) {
                end = null;
            } else if (d.yearOnly() && !line.toLowerCase(Locale.ROOT).matches(".*\\b(summer|spring|fall|autumn|winter)\\b.*")) {
                continue;
            }
            Matcher weeks = WEEKS.matcher(line);
            if (weeks.find() && end != null && line.toLowerCase(Locale.ROOT).contains("summer")) {
                int w = Integer.parseInt(weeks.group(1));
                end = start.plusMonths(Math.max(0, (int) Math.ceil(w / (52.0 / 12)) - 1));
            }
            found.add(new Availability(start, end, evidence));
        }
        return found;
    }

    private static int previousLine(String s, int lineStart) {
        return lineStart(s, Math.max(0, lineStart - 1));
    }

    private static int lineStart(String s, int at) {
        int i = s.lastIndexOf('\n', Math.max(0, at - 1));
        return i < 0 ? 0 : i + 1;
    }

    private static int lineEnd(String s, int at) {
        int i = s.indexOf('\n', at);
        return i < 0 ? s.length() : i;
    }

    private static int nextBlankLine(String s, int at) {
        int i = s.indexOf("\n\n", at);
        return i < 0 ? s.length() : i;
    }
}
