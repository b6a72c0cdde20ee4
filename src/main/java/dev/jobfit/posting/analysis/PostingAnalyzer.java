package dev.jobfit.posting.analysis;

import dev.jobfit.posting.analysis.PostingAnalysis.EvidencedText;
import dev.jobfit.skills.recognition.SkillMention;
import dev.jobfit.skills.recognition.SkillRecognizer;
import dev.jobfit.text.HtmlStructure;
import dev.jobfit.text.PlainTextStructure;
import dev.jobfit.text.StructuredText;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a posting into structured, evidence-linked requirements: normalise the text (HTML keeps its
 * block structure), find sections and boilerplate, then run each extractor over the readable parts.
 * Pure and deterministic: the same input gives the same analysis. Thread-safe.
 */
public final class PostingAnalyzer {

    /** Changes whenever the rules change, so stored analyses can be told apart. */
    public static final String VERSION = "posting-analyzer/1";

    /** Identifies a text's language when it is not English; the analysis then warns that it reads English only. */
    @FunctionalInterface
    public interface LanguageCheck {
        java.util.Optional<String> nonEnglish(String text);

        LanguageCheck NONE = text -> java.util.Optional.empty();
    }

    private final SkillRecognizer skills;
    private final LanguageCheck language;

    public PostingAnalyzer(SkillRecognizer skills) {
        this(skills, LanguageCheck.NONE);
    }

    public PostingAnalyzer(SkillRecognizer skills, LanguageCheck language) {
        this.skills = skills;
        this.language = language;
    }

    /**
     * Skills are only read from the readable blocks of skill-bearing sections, so everything else is
     * blanked out before recognition: offsets stay those of {@code text}, the recogniser spends no time
     * on navigation, benefits or legal text, and boilerplate cannot yield a mention.
     */
    private List<SkillMention> recognizeSkills(String text, PostingStructure structure) {
        char[] masked = text.toCharArray();
        for (PostingStructure.ReadBlock read : structure.blocks()) {
            if (!read.readable() || !SkillRequirementExtractor.readsSkillsFrom(read.kind())) {
                for (int i = read.block().start(); i < read.block().end(); i++) {
                    if (masked[i] != '\n') {
                        masked[i] = ' ';
                    }
                }
            }
        }
        List<SkillMention> found = skills.recognize(new String(masked));
        // The masked text has the same characters where mentions were found; report them as written.
        return found.stream().map(m -> new SkillMention(m.span(), m.span().of(text), m.skillId(), m.name(), m.type(),
                m.source(), m.confidence())).toList();
    }

    public PostingAnalysis analyze(PostingInput input) {
        StructuredText document = input.html()
                ? HtmlStructure.parse(input.content())
                : PlainTextStructure.parse(input.content());
        String text = document.text();
        PostingStructure structure = PostingStructure.of(document);
        List<PostingAnalysis.Warning> warnings = new ArrayList<>();
        EvidencedText title = PostingMetadataExtractor.title(text, structure, input.title());
        List<SkillMention> mentions = recognizeSkills(text, structure);
        PostingContext context = new PostingContext(text, structure, mentions, title == null ? null : title.value(),
                title == null ? null : title.evidence());
        EmploymentType employmentType = PostingMetadataExtractor.employmentType(title == null ? null : title.value(), context);
        SkillRequirementExtractor.Result skillRequirements = SkillRequirementExtractor.extract(context);
        StringBuilder readable = new StringBuilder();
        context.sentences.forEach(sentence -> readable.append(sentence.text()).append('\n'));
        language.nonEnglish(readable.toString()).ifPresent(code -> warnings.add(new PostingAnalysis.Warning("NOT_ENGLISH",
                "The posting appears to be written in language '" + code + "' (ISO 639-3); requirements are read "
                        + "from English text only, so some may be missing.", null)));
        if (context.sentences.isEmpty()) {
            warnings.add(new PostingAnalysis.Warning("NO_READABLE_TEXT",
                    "Nothing outside navigation and boilerplate could be read.", null));
        }
        return new PostingAnalysis(
                VERSION,
                text,
                structure.sections(),
                structure.ignored(),
                title,
                PostingMetadataExtractor.company(text, structure, input.company()),
                PostingMetadataExtractor.locations(text, structure),
                employmentType,
                PostingMetadataExtractor.postedAt(text, input.postedAt()),
                PostingMetadataExtractor.externalId(text),
                skillRequirements.skills(),
                skillRequirements.groups(),
                DegreeRequirementExtractor.extract(context, employmentType),
                InternshipExtractor.extract(context, employmentType, warnings),
                StartDeadlineExtractor.extract(context),
                ApplicationPolicyExtractor.extract(context),
                VenueExtractor.extract(context),
                OtherRequirementExtractor.extract(context),
                List.copyOf(warnings));
    }
}
