package dev.jobfit.resume.profile;

import dev.jobfit.text.Block;
import dev.jobfit.text.StructuredText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The sections of a resume: a heading ("EDUCATION", "Work Experience", "Skills & Tools:") opens a
 * section of the kind it names; what comes before the first heading is the contact block.
 */
final class ResumeSections {

    private record Rule(Pattern pattern, ResumeSectionKind kind) {
    }

    private static Rule rule(String regex, ResumeSectionKind kind) {
        return new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), kind);
    }

    private static final String AWARD_WORDS = "awards?|honou?rs|achievements|recognitions?|competitions|scholarships"
            + "|fellowships|distinctions|prizes";

    private static final List<Rule> RULES = List.of(
            rule("^(education|academic (background|history|qualifications)|qualifications|degrees?)$", ResumeSectionKind.EDUCATION),
            rule("^((work|professional|relevant|industry|research)(\\s*(&|and)\\s*(work|professional|industry|research))?\\s+)?"
                    + "(experience|employment|work history|career history)$"
                    + "|^employment history$|^positions?$", ResumeSectionKind.EXPERIENCE),
            rule("^((technical|core|key|relevant|clinical|professional|computer|software)\\s+)?(skills|competenc(e|ies)|expertise)(\\s*(&|and)\\s*(tools|technologies))?$"
                    + "|^(tools|technologies|tech stack)$", ResumeSectionKind.SKILLS),
            rule("^((selected|personal|research|academic)\\s+)?projects$", ResumeSectionKind.PROJECTS),
            rule("^((selected|peer[- ]reviewed|recent|conference|journal)\\s+)?(publications|papers)"
                    + "(\\s*(&|and)\\s*(preprints|patents|presentations))?$|^(research output|preprints)$", ResumeSectionKind.PUBLICATIONS),
            rule("^(" + AWARD_WORDS + ")(\\s*(,|&|and)\\s*(" + AWARD_WORDS + "))*$", ResumeSectionKind.AWARDS),
            rule("^availability$", ResumeSectionKind.AVAILABILITY),
            rule("^(summary|profile|professional summary|objective|career objective|about( me)?)$", ResumeSectionKind.SUMMARY),
            rule("^(contact|contact (details|information)|personal (details|information))$", ResumeSectionKind.CONTACT),
            // Known headings of parts nothing is read from; they end the section before them (an awards list
            // must not run on into "Languages").
            rule("^(languages?|interests|hobbies|certifications?|licen[sc]es?|certifications? (&|and) licen[sc]es?"
                    + "|licen[sc]es? (&|and) certifications?|(professional |academic )?service|(invited )?talks|presentations"
                    + "|references|leadership|activities|extracurricular activities|volunteering|volunteer (experience|work)"
                    + "|additional information|positions? of responsibility|(professional )?memberships|affiliations)$",
                    ResumeSectionKind.OTHER));

    private ResumeSections() {
    }

    /** The kind a heading names, if it names one. */
    static Optional<ResumeSectionKind> classify(String heading) {
        String text = heading.strip().replaceAll("[:\\s]+$", "").replaceAll("^#+\\s*", "").toLowerCase(Locale.ROOT);
        for (Rule rule : RULES) {
            if (rule.pattern.matcher(text).find()) {
                return Optional.of(rule.kind);
            }
        }
        return Optional.empty();
    }

    static List<ResumeProfile.Section> of(StructuredText document) {
        String text = document.text();
        List<ResumeProfile.Section> sections = new ArrayList<>();
        ResumeSectionKind kind = ResumeSectionKind.CONTACT;
        String heading = null;
        int start = 0;
        int end = 0;
        for (Block block : document.blocks()) {
            String words = block.of(text).strip();
            Optional<ResumeSectionKind> opens = words.length() <= 50 ? classify(words) : Optional.empty();
            if (opens.isPresent()) {
                if (end > start) {
                    sections.add(new ResumeProfile.Section(kind, heading, start, end));
                }
                kind = opens.get();
                heading = words.replaceAll("[:\\s]+$", "");
                start = block.start();
            }
            end = block.end();
        }
        if (end > start) {
            sections.add(new ResumeProfile.Section(kind, heading, start, end));
        }
        return sections;
    }
}
