package dev.jobfit.posting.analysis;

import dev.jobfit.text.Block;
import dev.jobfit.text.StructuredText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sections of a posting and the boilerplate in it. A heading opens a section of the kind it
 * announces; a boilerplate heading ("More jobs like this", "Benefits") makes its whole section ignored;
 * boilerplate blocks elsewhere (widgets, cookie banners, link farms) are ignored one by one. A paragraph
 * such as "Requirements: Python, SQL" opens a section too, its label being the heading.
 */
final class PostingStructure {

    /** A block with the section it belongs to and, if it is boilerplate, why. */
    record ReadBlock(Block block, int sectionIndex, SectionKind kind, IgnoredReason ignoredAs) {
        boolean readable() {
            return ignoredAs == null;
        }
    }

    private static final Pattern INLINE_HEADING = Pattern.compile("^([A-Za-z][A-Za-z'’ /&()-]{2,50}):\\s+\\S");

    private final List<PostingAnalysis.Section> sections = new ArrayList<>();
    private final List<PostingAnalysis.Ignored> ignored = new ArrayList<>();
    private final List<ReadBlock> blocks = new ArrayList<>();

    static PostingStructure of(StructuredText document) {
        PostingStructure structure = new PostingStructure();
        structure.build(document);
        return structure;
    }

    private void build(StructuredText document) {
        String text = document.text();
        SectionKind kind = SectionKind.OTHER;
        IgnoredReason sectionIgnored = null;
        String heading = null;
        int sectionStart = document.blocks().isEmpty() ? 0 : document.blocks().get(0).start();
        List<ReadBlock> current = new ArrayList<>();
        for (Block block : document.blocks()) {
            Optional<HeadingClassifier.Classification> opens = opensSection(block, text);
            if (opens.isPresent()) {
                closeSection(kind, heading, sectionStart, current, text);
                kind = opens.get().kind();
                sectionIgnored = opens.get().ignoredAs();
                heading = headingText(block, text);
                sectionStart = block.start();
                current = new ArrayList<>();
            }
            // A block's own reason is more specific than its section's: a cookie banner at the end of a
            // news section is a cookie banner.
            IgnoredReason reason = BoilerplateDetector.classify(block, text).orElse(sectionIgnored);
            current.add(new ReadBlock(block, sections.size(), kind, reason));
        }
        closeSection(kind, heading, sectionStart, current, text);
        mergeIgnored();
    }

    private void closeSection(SectionKind kind, String heading, int start, List<ReadBlock> members, String text) {
        if (members.isEmpty()) {
            return;
        }
        int end = members.get(members.size() - 1).block().end();
        // A stretch before the first heading that is all navigation is a NAVIGATION section.
        SectionKind effective = kind == SectionKind.OTHER && heading == null
                && members.stream().allMatch(m -> m.ignoredAs() == IgnoredReason.NAVIGATION)
                ? SectionKind.NAVIGATION : kind;
        sections.add(new PostingAnalysis.Section(effective, heading, start, end));
        for (ReadBlock member : members) {
            ReadBlock placed = new ReadBlock(member.block(), sections.size() - 1, effective, member.ignoredAs());
            blocks.add(placed);
            if (member.ignoredAs() != null) {
                ignored.add(new PostingAnalysis.Ignored(member.block().start(), member.block().end(), member.ignoredAs()));
            }
        }
    }

    /** Adjacent ignored blocks with the same reason become one span. */
    private void mergeIgnored() {
        List<PostingAnalysis.Ignored> merged = new ArrayList<>();
        for (PostingAnalysis.Ignored span : ignored) {
            if (!merged.isEmpty()) {
                PostingAnalysis.Ignored last = merged.get(merged.size() - 1);
                if (last.reason() == span.reason() && span.start() - last.end() <= 1) {
                    merged.set(merged.size() - 1, new PostingAnalysis.Ignored(last.start(), span.end(), last.reason()));
                    continue;
                }
            }
            merged.add(span);
        }
        ignored.clear();
        ignored.addAll(merged);
    }

    private static Optional<HeadingClassifier.Classification> opensSection(Block block, String text) {
        String words = block.of(text).strip();
        if (block.kind() == Block.Kind.HEADING) {
            Optional<HeadingClassifier.Classification> known = HeadingClassifier.classify(words);
            return Optional.of(known.orElse(new HeadingClassifier.Classification(SectionKind.OTHER, null)));
        }
        if (block.kind() == Block.Kind.PARAGRAPH && words.length() <= 60 && !words.endsWith(".")) {
            Optional<HeadingClassifier.Classification> known = HeadingClassifier.classify(words);
            // "[ Save this job ]" on a line of its own is one widget, not a section that hides what follows
            if (known.isPresent() && words.split("\\s+").length <= 6 && known.get().ignoredAs() != IgnoredReason.TRACKING_WIDGET) {
                return known;
            }
        }
        Matcher inline = INLINE_HEADING.matcher(words);
        if (block.kind() != Block.Kind.LIST_ITEM && inline.find()) {
            return HeadingClassifier.classify(inline.group(1));
        }
        return Optional.empty();
    }

    private static String headingText(Block block, String text) {
        String words = block.of(text).strip();
        Matcher inline = INLINE_HEADING.matcher(words);
        if (block.kind() != Block.Kind.HEADING && inline.find()) {
            return inline.group(1).strip();
        }
        return words.replaceAll("[:#]+$", "").replaceAll("^#+\\s*", "").strip();
    }

    List<PostingAnalysis.Section> sections() {
        return sections;
    }

    List<PostingAnalysis.Ignored> ignored() {
        return ignored;
    }

    List<ReadBlock> blocks() {
        return blocks;
    }
}
