package dev.jobfit.research;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication venues and their many names, one canonical name each: "NIPS" and "Advances in Neural
 * Information Processing Systems" are NeurIPS; "Proceedings of the IEEE/CVF Conference on Computer Vision
 * and Pattern Recognition" is CVPR; arXiv is a preprint server.
 */
public final class VenueCatalog {

    /** A venue found in text: its canonical name and where. */
    public record Found(String venue, int start, int end) {
    }

    private record Venue(String name, Pattern pattern) {
    }

    private static Venue venue(String name, String... names) {
        List<String> alternatives = new ArrayList<>();
        for (String n : names) {
            alternatives.add(n);
        }
        return new Venue(name, Pattern.compile("(?<![A-Za-z])(?:" + String.join("|", alternatives) + ")(?![A-Za-z])"));
    }

    private static final List<Venue> VENUES = List.of(
            venue("NeurIPS", "NeurIPS", "NIPS", "(?i:Neural Information Processing Systems)"),
            venue("ICML", "ICML", "(?i:International Conference on Machine Learning)"),
            venue("ICLR", "ICLR", "(?i:International Conference on Learning Representations)"),
            venue("CVPR", "CVPR", "(?i:Conference on Computer Vision and Pattern Recognition)"),
            venue("ICCV", "ICCV", "(?i:International Conference on Computer Vision)(?! and Pattern)"),
            venue("ECCV", "ECCV", "(?i:European Conference on Computer Vision)"),
            venue("ACL", "ACL", "(?i:Annual Meeting of the Association for Computational Linguistics)"),
            venue("EMNLP", "EMNLP", "(?i:Empirical Methods in Natural Language Processing)"),
            venue("NAACL", "NAACL", "(?i:North American Chapter of the Association for Computational Linguistics)"),
            venue("COLING", "COLING"),
            venue("KDD", "KDD", "SIGKDD", "(?i:Knowledge Discovery and Data Mining)"),
            venue("WWW", "WWW", "TheWebConf", "(?i:The Web Conference)", "(?i:World Wide Web Conference)"),
            venue("WSDM", "WSDM", "(?i:Web Search and Data Mining)"),
            venue("SIGIR", "SIGIR", "(?i:Research and Development in Information Retrieval)"),
            venue("CIKM", "CIKM", "(?i:Conference on Information and Knowledge Management)"),
            venue("RecSys", "RecSys", "(?i:Conference on Recommender Systems)"),
            venue("IJCAI", "IJCAI", "(?i:International Joint Conference on Artificial Intelligence)"),
            venue("AAAI", "AAAI"),
            venue("CoRL", "CoRL", "(?i:Conference on Robot Learning)"),
            venue("IROS", "IROS", "(?i:International Conference on Intelligent Robots and Systems)"),
            venue("AISTATS", "AISTATS"),
            venue("UAI", "UAI"),
            venue("ICASSP", "ICASSP"),
            venue("INTERSPEECH", "INTERSPEECH", "Interspeech"),
            venue("MICCAI", "MICCAI"),
            venue("SIGGRAPH", "SIGGRAPH"),
            venue("CHI", "CHI"),
            venue("ICRA", "ICRA"),
            venue("TPAMI", "TPAMI", "PAMI", "(?i:Transactions on Pattern Analysis and Machine Intelligence)"),
            venue("JMLR", "JMLR", "(?i:Journal of Machine Learning Research)"),
            venue("TACL", "TACL", "(?i:Transactions of the Association for Computational Linguistics)"),
            venue("TIP", "IEEE TIP", "(?i:Transactions on Image Processing)"),
            venue("TMLR", "TMLR", "(?i:Transactions on Machine Learning Research)"),
            venue("arXiv", "(?i:arXiv)"),
            venue("bioRxiv", "(?i:bioRxiv)"),
            venue("medRxiv", "(?i:medRxiv)"));

    private static final Set<String> PREPRINT_SERVERS = Set.of("arXiv", "bioRxiv", "medRxiv");
    private static final Pattern WORKSHOP = Pattern.compile("(?i)\\bworkshops?\\b");

    private VenueCatalog() {
    }

    /** Every venue named in {@code text}, in text order, canonical names. */
    public static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        for (Venue venue : VENUES) {
            Matcher m = venue.pattern.matcher(text);
            while (m.find()) {
                found.add(new Found(venue.name, m.start(), m.end()));
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /** Whether a canonical venue is a preprint server rather than a peer-reviewed venue. */
    public static boolean isPreprint(String venue) {
        return PREPRINT_SERVERS.contains(venue);
    }

    /**
     * The venue of one citation: the first peer-reviewed venue it names, else the preprint server, since
     * a paper both published and on arXiv counts as published. A workshop held at a venue is its own,
     * lesser venue ("NeurIPS 2023 Workshop on Robot Learning" is "NeurIPS Workshop"). Empty when the
     * citation names no known venue.
     */
    public static Optional<String> ofCitation(String citation) {
        List<Found> found = find(citation);
        Optional<String> venue = found.stream().map(Found::venue).filter(v -> !isPreprint(v)).findFirst()
                .or(() -> found.stream().map(Found::venue).findFirst());
        return venue.map(v -> !isPreprint(v) && WORKSHOP.matcher(citation).find() ? v + " Workshop" : v);
    }
}
