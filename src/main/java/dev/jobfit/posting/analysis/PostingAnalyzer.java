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

    private final SkillRecognizer skills;

    public PostingAnalyzer(SkillRecognizer skills) {
        this.skills = skills;
    }

    public PostingAnalysis analyze(PostingInput input) {
        StructuredText document = input.html()
                ? HtmlStructure.parse(input.content())
                : PlainTextStructure.parse(input.content());
        String text = document.text();
        PostingStructure structure = PostingStructure.of(document);
        List<PostingAnalysis.Warning> warnings = new ArrayList<>();
        EvidencedText title = PostingMetadataExtractor.title(text, structure, input.title());
        List<SkillMention> mentions = skills.recognize(text);
        PostingContext context = new PostingContext(text, structure, mentions, title == null ? null : title.value(),
                title == null ? null : title.evidence());
        EmploymentType employmentType = PostingMetadataExtractor.employmentType(title == null ? null : title.value(), context);
        SkillRequirementExtractor.Result skillRequirements = SkillRequirementExtractor.extract(context);
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
