package dev.jobfit.posting.analysis;

import dev.jobfit.posting.analysis.PostingAnalysis.OtherKind;
import dev.jobfit.posting.analysis.PostingAnalysis.OtherRequirement;
import dev.jobfit.text.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requirements beyond skills and degrees: years of experience, languages, work authorisation, travel,
 * competitions, and requests to state one's availability or graduation date.
 */
final class OtherRequirementExtractor {

    private static final Pattern YEARS = Pattern.compile(
            "(?i)\\b(?:at least |minimum (?:of )?|over |more than )?(\\d{1,2})\\+?\\s*(?:-\\s*\\d{1,2}\\s*)?(?:\\+\\s*)?(?:or more )?years?"
                    + "(?:'|\u2019)?\\s+(?:of\\s+)?(?:[a-z-]+\\s+){0,5}?(?:experience|background)");
    private static final Set<String> LANGUAGES = languages();
    private static final Pattern LANGUAGE = Pattern.compile(
            "(?i)\\b(fluen(?:t|cy)|proficien(?:t|cy)|native|business[- ]level|working knowledge|command|spoken and written|written and spoken)"
                    + "\\b[^.;]{0,40}?\\b(" + String.join("|", LANGUAGES) + ")\\b");
    private static final Pattern LANGUAGE_CUE = Pattern.compile(
            "(?i)fluen|proficien|native|business[- ]level|working knowledge|command|spoken|written");
    private static final Pattern AUTHORIZATION = Pattern.compile(
            "(?i)\\b(authori[sz]ed to work|work authori[sz]ation|right to work|eligible to work|(?:no |not )?(?:provide |offer )?visa sponsorship"
                    + "|require (?:visa )?sponsorship|work permit|security clearance)\\b");
    private static final Pattern TRAVEL = Pattern.compile("(?i)\\b(willing(?:ness)? to travel|travel (?:up to )?\\d{1,3}\\s?%|travel required)");
    private static final Pattern COMPETITION = Pattern.compile(
            "(?i)\\b(kaggle|competitive programming|programming contests?|olympiad|icpc|hackathons?|competition (?:winners?|medals?|awards?))\\b");
    private static final Pattern AVAILABILITY = Pattern.compile(
            "(?i)\\b((?:state|indicate|include|specify|mention|provide)\\b[^.]{0,40}\\b(?:availability|graduation date|start date|available dates))");
    private static final Pattern DRIVING = Pattern.compile("(?i)\\b(driver'?s licen[cs]e|driving licen[cs]e|CDL|class [a-c] licen[cs]e)\\b");

    private record PhraseRule(Pattern pattern, OtherKind kind) {
    }

    private static final List<PhraseRule> PHRASE_RULES = List.of(
            new PhraseRule(AUTHORIZATION, OtherKind.WORK_AUTHORIZATION),
            new PhraseRule(TRAVEL, OtherKind.TRAVEL),
            new PhraseRule(COMPETITION, OtherKind.COMPETITION),
            new PhraseRule(AVAILABILITY, OtherKind.AVAILABILITY_STATEMENT),
            new PhraseRule(DRIVING, OtherKind.OTHER));

    private OtherRequirementExtractor() {
    }

    static List<OtherRequirement> extract(PostingContext context) {
        List<OtherRequirement> found = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (PostingContext.Sentence sentence : context.sentences) {
            if (sentence.in(SectionKind.ABOUT_COMPANY)) {
                continue;
            }
            String s = sentence.text();
            Importance importance = PostingContext.importance(sentence);
            Matcher years = YEARS.matcher(s);
            if (years.find()) {
                add(found, seen, sentence, years, OtherKind.YEARS_OF_EXPERIENCE, Integer.parseInt(years.group(1)), importance);
            }
            // The language alternation is long: run it only where a proficiency word appears.
            Matcher language = LANGUAGE_CUE.matcher(s).find() ? LANGUAGE.matcher(s) : null;
            while (language != null && language.find()) {
                String name = capitalise(language.group(2));
                if (seen.add("LANGUAGE:" + name)) {
                    found.add(new OtherRequirement(OtherKind.LANGUAGE, name, null, importance, span(sentence, language)));
                }
            }
            for (PhraseRule rule : PHRASE_RULES) {
                Matcher m = rule.pattern().matcher(s);
                if (m.find()) {
                    add(found, seen, sentence, m, rule.kind(), null, importance);
                }
            }
        }
        return found;
    }

    private static void add(List<OtherRequirement> out, Set<String> seen, PostingContext.Sentence sentence, Matcher m,
                            OtherKind kind, Integer years, Importance importance) {
        String text = m.group().strip();
        if (seen.add(kind + ":" + text.toLowerCase(Locale.ROOT))) {
            out.add(new OtherRequirement(kind, text, years, importance, span(sentence, m)));
        }
    }

    private static Span span(PostingContext.Sentence sentence, Matcher m) {
        return new Span(sentence.span().start() + m.start(), sentence.span().start() + m.end());
    }

    /** English names of the ISO 639 languages (from the JDK's locale data), longest first. */
    private static Set<String> languages() {
        Set<String> names = new java.util.TreeSet<>((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b));
        for (String code : Locale.getISOLanguages()) {
            String name = new Locale(code).getDisplayLanguage(Locale.ENGLISH);
            if (name.length() > 3 && name.chars().allMatch(Character::isLetter)) {
                names.add(name);
            }
        }
        names.add("Mandarin");
        names.add("Cantonese");
        return names;
    }

    private static String capitalise(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1).toLowerCase(Locale.ROOT);
    }
}
