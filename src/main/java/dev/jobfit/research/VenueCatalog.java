package dev.jobfit.research;

import java.util.ArrayList;
import java.util.List;
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
            venue("ICCV", "ICCV", "(?i:International Conference on Computer Vision)"),
            venue("ECCV", "ECCV", "(?i:European Conference on Computer Vision)"),
            venue("ACL", "ACL", "(?i:Annual Meeting of the Association for Computational Linguistics)"),
            venue("EMNLP", "EMNLP", "(?i:Empirical Methods in Natural Language Processing)"),
            venue("NAACL", "NAACL", "(?i:North American Chapter of the Association for Computational Linguistics)"),
            venue("COLING", "COLING"),
            venue("KDD", "KDD", "SIGKDD", "(?i:Knowledge Discovery and Data Mining)"),
            venue("WWW", "WWW", "TheWebConf", "(?i:The Web Conference)", "(?i:World Wide Web Conference)"),
            venue("WSDM", "WSDM", "(?i:Web Search and Data Mining)"),
            venue("SIGIR", "SIGIR"),
            venue("CIKM", "CIKM"),
            venue("RecSys", "RecSys", "(?i:Conference on Recommender Systems)"),
            venue("IJCAI", "IJCAI", "(?i:International Joint Conference on Artificial Intelligence)"),
            venue("AAAI", "AAAI"),
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
            venue("TACL", "TACL"),
            venue("arXiv", "(?i:arXiv)"));

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
        return venue.equals("arXiv");
    }
}
