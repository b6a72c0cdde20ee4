package dev.jobfit.posting.analysis;

import dev.jobfit.posting.analysis.PostingAnalysis.VenueRequirement;
import dev.jobfit.research.VenueCatalog;
import dev.jobfit.text.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Publication venues a posting values ("publications at KDD, NeurIPS or CVPR preferred"). */
final class VenueExtractor {

    /** Venue acronyms are only venues in a sentence about publishing ("ACL" is also a knee ligament). */
    private static final Pattern PUBLICATION_CONTEXT = Pattern.compile(
            "(?i)\\b(publications?|published|publish|papers?|conferences?|journals?|venues?|proceedings|first[- ]author|top[- ]tier)\\b");

    private VenueExtractor() {
    }

    static List<VenueRequirement> extract(PostingContext context) {
        List<VenueRequirement> venues = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (PostingContext.Sentence sentence : context.sentences) {
            if (!PUBLICATION_CONTEXT.matcher(sentence.text()).find()) {
                continue;
            }
            Importance importance = PostingContext.importance(sentence);
            for (VenueCatalog.Found found : VenueCatalog.find(sentence.text())) {
                if (!VenueCatalog.isPreprint(found.venue()) && seen.add(found.venue())) {
                    int offset = sentence.span().start();
                    venues.add(new VenueRequirement(found.venue(), importance,
                            new Span(offset + found.start(), offset + found.end())));
                }
            }
        }
        return venues;
    }
}
