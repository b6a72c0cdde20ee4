package dev.jobfit.resume.profile;

import dev.jobfit.resume.profile.ResumeProfile.Award;
import dev.jobfit.resume.profile.ResumeProfile.AwardKind;
import dev.jobfit.text.Span;
import dev.jobfit.time.DateExpressions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Awards, scholarships, honours and competition results: every entry of an awards section that names
 * one, plus Kaggle tiers and medals and competition placings mentioned elsewhere ("Kaggle Competitions
 * Expert with 2 silver medals" in a summary) unless the awards section already lists them.
 */
final class ResumeAwards {

    private static final Pattern COMPETITION = Pattern.compile(
            "(?i)\\b(kaggle|hackathons?|hack|datathons?|challenges?|competitions?|contests?|olympiads?|medals?|finalists?"
                    + "|winners?|(1st|2nd|3rd|[4-9]th|first|second|third|runner[- ]up)\\s+(place|prize|position))\\b|\\bplace\\b");
    /** Academic honours that name a contest word ("Best Student Paper Finalist") but are no competition. */
    private static final Pattern ACADEMIC = Pattern.compile("(?i)\\b(paper|poster|reviewer|thesis|dissertation|teaching)\\b");
    private static final Pattern SCHOLARSHIP = Pattern.compile("(?i)\\b(scholarships?|fellowships?|grants?|bursar(y|ies)|stipends?)\\b");
    private static final Pattern HONOR = Pattern.compile("(?i)\\b(awards?|prizes?|honou?rs?|dean'?s list|valedictorian|salutatorian"
            + "|laude|distinction|outstanding|best|top|excellence|of the (year|month|quarter)|recogni[sz]ed|recognition)\\b"
            + "|\u2019s list");
    /** A position held rather than an honour ("IEEE Student Branch Treasurer, 2023 - 2024"). */
    private static final Pattern ROLE = Pattern.compile("(?i)\\b(treasurer|president|secretary|chair(person)?|captain|member"
            + "|officer|organi[sz]er|volunteer|mentor|coordinator|representative|ambassador)\\b");
    private static final Pattern YEAR_PART = Pattern.compile(
            "(?i)^(?:19|20)\\d{2}(?:\\s*[-\u2013\u2014]\\s*(?:(?:19|20)\\d{2}|present))?$");
    private static final Pattern ORGANIZATION = Pattern.compile("(?i)\\b(hospital|clinic|medical cent(er|re))\\b");

    /** Mentions outside the awards section that are competition results. */
    private static final List<Pattern> MENTIONS = List.of(
            Pattern.compile("(?i)\\bKaggle\\s+(?:(?:Competitions?|Notebooks?|Datasets?|Discussions?)\\s+)?(?:Grandmaster|Master|Expert)\\b"),
            Pattern.compile("(?i)\\b(?:1st|2nd|3rd|[4-9]th|first|second|third)\\s+(?:place|prize)\\b[^.;\\n]{0,80}?"
                    + "\\b(?:challenge|competition|hackathon|datathon|contest|olympiad|cup)\\b"),
            Pattern.compile("(?i)\\b(?:winner|won)\\b[^.;\\n]{0,60}?\\b(?:challenges?|competitions?|hackathons?|datathons?|contests?)\\b"));
    private static final Pattern MEDALS = Pattern.compile(
            "(?i)\\b(?:(\\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\\s+)?(?:Kaggle\\s+)?(gold|silver|bronze)\\s+medals?\\b");
    private static final Pattern MEDAL_CONTEXT = Pattern.compile("(?i)\\b(kaggle|competitions?|challenges?|olympiads?|contests?)\\b");
    /** Words too common among awards to tell two apart. */
    private static final Set<String> GENERIC = Set.of("medal", "gold", "silver", "bronze", "place", "prize", "first", "second",
            "third", "winner", "award", "with", "several", "best", "team", "teams");

    private ResumeAwards() {
    }

    static List<Award> of(String text, List<ResumeProfile.Section> sections) {
        List<Award> found = new ArrayList<>();
        for (ResumeProfile.Section section : sections) {
            if (section.kind() != ResumeSectionKind.AWARDS) {
                continue;
            }
            for (Span entry : ListedEntries.of(text, section, line -> true)) {
                String words = entry.of(text).replaceAll("\\s+", " ").strip();
                boolean named = COMPETITION.matcher(words).find() || SCHOLARSHIP.matcher(words).find()
                        || HONOR.matcher(words).find();
                if (!named && ROLE.matcher(words).find()) {
                    continue;
                }
                String title = title(words);
                if (!title.isEmpty()) {
                    found.add(new Award(title, kind(words), firstYear(words), entry));
                }
            }
        }
        mentions(text, sections, found);
        return found;
    }

    /** The kind an award's words name; a contest decides over the prize it gave. */
    static AwardKind kind(String words) {
        if (COMPETITION.matcher(words).find() && !ACADEMIC.matcher(words).find()) {
            return AwardKind.COMPETITION;
        }
        if (SCHOLARSHIP.matcher(words).find()) {
            return AwardKind.SCHOLARSHIP;
        }
        return HONOR.matcher(words).find() ? AwardKind.HONOR : AwardKind.OTHER;
    }

    /**
     * The award as a short phrase: without remarks in parentheses or after a dash, and without a trailing
     * year or the institution that gave it ("Dean's List, Lakeside Institute of Technology, 2018 - 2022"
     * is "Dean's List"); an event named after a comma stays ("Outstanding Reviewer, NeurIPS 2024").
     */
    static String title(String entry) {
        String s = entry.replaceAll("\\s*\\([^)]*\\)", "").split("\\s+[-\u2013\u2014]\\s+")[0];
        List<String> parts = new ArrayList<>(List.of(s.split("\\s*,\\s*")));
        while (parts.size() > 1) {
            String last = parts.get(parts.size() - 1).strip();
            if (last.isEmpty() || YEAR_PART.matcher(last).matches() || ResumeParser.INSTITUTION.matcher(last).find()
                    || ORGANIZATION.matcher(last).find()) {
                parts.remove(parts.size() - 1);
            } else {
                break;
            }
        }
        return String.join(", ", parts).strip().replaceAll("[.;:,]+$", "");
    }

    private static Integer firstYear(String s) {
        Matcher m = ResumePublications.YEAR.matcher(s);
        return m.find() ? Integer.parseInt(m.group()) : null;
    }

    /** Competition results outside the awards and publications sections, each unless an award already names it. */
    private static void mentions(String text, List<ResumeProfile.Section> sections, List<Award> found) {
        List<Span> elsewhere = new ArrayList<>();
        for (ResumeProfile.Section s : sections) {
            if (s.kind() != ResumeSectionKind.AWARDS && s.kind() != ResumeSectionKind.PUBLICATIONS) {
                elsewhere.add(new Span(s.start(), s.end()));
            }
        }
        List<Award> added = new ArrayList<>();
        for (Span part : elsewhere) {
            String s = part.of(text);
            for (Pattern pattern : MENTIONS) {
                Matcher m = pattern.matcher(s);
                while (m.find()) {
                    mention(text, part.start() + m.start(), part.start() + m.end(), m.group(), 1, found, added);
                }
            }
            Matcher medal = MEDALS.matcher(s);
            while (medal.find()) {
                String paragraph = paragraph(s, medal.start());
                if (!MEDAL_CONTEXT.matcher(paragraph).find()) {
                    continue;
                }
                String kaggle = paragraph.toLowerCase(Locale.ROOT).contains("kaggle") ? "Kaggle " : "";
                String title = kaggle + medal.group(2).toLowerCase(Locale.ROOT) + " medal";
                String number = medal.group(1) == null ? "one" : medal.group(1);
                int count = Math.min(10, Math.max(1, DateExpressions.number(number.replaceAll("(?i)^an?$", "one")).orElse(1)));
                mention(text, part.start() + medal.start(), part.start() + medal.end(), title, count, found, added);
            }
        }
        added.sort((a, b) -> Integer.compare(a.evidence().start(), b.evidence().start()));
        found.addAll(added);
    }

    private static void mention(String text, int start, int end, String title, int count, List<Award> found,
                                List<Award> added) {
        String phrase = title.replaceAll("\\s+", " ").strip();
        if (found.stream().anyMatch(a -> sharesName(a.title(), phrase))
                || added.stream().anyMatch(a -> a.evidence().overlaps(new Span(start, end)))) {
            return;
        }
        String line = text.substring(start, Math.max(end, text.indexOf('\n', end) < 0 ? text.length() : text.indexOf('\n', end)));
        Integer year = firstYear(line.length() > end - start + 40 ? line.substring(0, end - start + 40) : line);
        for (int i = 0; i < count; i++) {
            added.add(new Award(phrase, AwardKind.COMPETITION, year, new Span(start, end)));
        }
    }

    /** Whether two award phrases share a distinctive word ("Kaggle", "HackNorthbridge"), so they likely name one result. */
    private static boolean sharesName(String a, String b) {
        Set<String> words = distinctive(a);
        words.retainAll(distinctive(b));
        return !words.isEmpty();
    }

    private static Set<String> distinctive(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            String stem = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
            if (stem.length() >= 4 && !GENERIC.contains(stem)) {
                out.add(stem);
            }
        }
        return out;
    }

    private static String paragraph(String s, int at) {
        int from = s.lastIndexOf("\n\n", at);
        int to = s.indexOf("\n\n", at);
        return s.substring(from < 0 ? 0 : from, to < 0 ? s.length() : to);
    }
}
