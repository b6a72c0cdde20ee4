package dev.jobfit.resume.profile;

import dev.jobfit.research.VenueCatalog;
import dev.jobfit.resume.profile.ResumeProfile.Publication;
import dev.jobfit.text.Span;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Papers in the publications section, one per listed entry, in the citation styles resumes use:
 * {@code A. Author, B. Author. "Title." In NeurIPS 2024.}, {@code Author A, Author B (2023). Title.
 * Proceedings of ...}, {@code Title. Author, Author. arXiv preprint arXiv:2401.01234, 2024.} An entry is
 * cut into sentence-like segments; the author list and the venue are recognised, and the title is the
 * quoted part or else the first other segment.
 */
final class ResumePublications {

    /** A publication year; not the digits of an arXiv id ("arXiv:2001.01234") or a page number. */
    static final Pattern YEAR = Pattern.compile("(?<![\\d.:/-])(?:19|20)\\d{2}(?!\\d)(?!\\.\\d)");
    private static final Pattern QUOTED = Pattern.compile("[\"\u201c]([^\"\u201d]{3,}?)[\"\u201d]");
    /** Words only a venue segment starts with or contains. */
    private static final Pattern VENUE_WORDS = Pattern.compile("(?i)^(in\\s+)?(proc\\.|advances in|to appear|accepted|submitted"
            + "|under review|forthcoming)|\\b(proceedings|conference|journal|transactions|workshop|symposium|preprint|arxiv"
            + "|letters|pp\\.|vol\\.|pages)\\b");
    /**
     * One name of an author list: "J. Doe", "J.-P. van Doe", "Jane Doe", "Doe JK", "Doe", or the "J." of "Doe, J.".
     * Repetitions are bounded: the regex engine recurses once per repetition of a group, and a run of thousands
     * of initials overflowed the stack.
     */
    private static final Pattern NAME = Pattern.compile("^(?:(?:\\p{Lu}\\.\\s?-?){1,4}\\s*)?(?:(?:van|von|de|der|del|da|di|le|la)\\s+)?"
            + "\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){0,2}(?:\\s+(?:\\p{Lu}\\.?){1,3})?$"
            + "|^(?:\\p{Lu}\\.\\s?-?){1,3}$|^et al\\.?$");
    private static final Pattern INITIALS = Pattern.compile("^(?:\\p{Lu}\\.?\\s?-?){1,3}$");
    /** Marks beside a name: bold, equal contribution, corresponding author, affiliations. */
    private static final Pattern NAME_MARKS = Pattern.compile("\\*+|_{2,}|[\u2020\u2021\u00a7\u00b9\u00b2\u00b3]|\\^\\w");
    /** Stands for a line break after a full stop while the citation is one line. */
    private static final String HARD_BREAK = "\u2029";
    /** Longer than any initials ("J.-P.-K.-L.") or abbreviation below. */
    private static final int MAX_ABBREVIATION_LENGTH = 16;
    private static final Set<String> ABBREVIATIONS = Set.of("pp", "vol", "no", "proc", "al", "eds", "ed", "conf", "intl",
            "int", "trans", "j", "vs", "e.g", "i.e", "st", "jr", "sr", "dr");

    private ResumePublications() {
    }

    static List<Publication> of(String text, List<ResumeProfile.Section> sections, String candidateName) {
        List<Publication> found = new ArrayList<>();
        for (ResumeProfile.Section section : sections) {
            if (section.kind() != ResumeSectionKind.PUBLICATIONS) {
                continue;
            }
            for (Span entry : ListedEntries.of(text, section, line -> YEAR.matcher(line).find())) {
                Publication p = read(entry.of(text), entry, candidateName);
                if (p != null) {
                    found.add(p);
                }
            }
        }
        return found;
    }

    /** One citation, or null when it has no title-like part (a note such as "* equal contribution"). */
    static Publication read(String entry, Span evidence, String candidateName) {
        // A line that ends a sentence ends a segment even after an initial ("Doe, J., Roe, B.").
        String citation = entry.replace("**", "").replace("__", "").replaceAll("([.?!\"\u201d])[ \\t]*\\n\\s*", "$1" + HARD_BREAK)
                .replaceAll("\\s+", " ").strip();
        Integer year = null;
        Matcher y = YEAR.matcher(citation);
        while (y.find()) {
            year = Integer.parseInt(y.group()); // the last year: the edition of a proceedings may come first
        }
        String title = null;
        String authors = null;
        String rest = citation;
        Matcher quoted = QUOTED.matcher(citation);
        if (quoted.find()) {
            title = trimTitle(quoted.group(1));
            rest = citation.substring(0, quoted.start()) + " . " + citation.substring(quoted.end());
        }
        List<String> segments = segments(rest);
        List<String> venueParts = new ArrayList<>();
        for (String segment : segments) {
            boolean venue = VENUE_WORDS.matcher(segment).find() || !VenueCatalog.find(segment).isEmpty()
                    || segment.replaceAll("[\\d\\s,.;:()'\u2019-]", "").isEmpty();
            if (authors == null && !venue && isAuthorList(segment)) {
                authors = segment;
            } else if (venue) {
                venueParts.add(segment);
            } else if (title == null && segment.split("\\s+").length >= 2) {
                title = trimTitle(segment);
            }
        }
        if (title == null) {
            return null;
        }
        String venue = VenueCatalog.ofCitation(String.join(". ", venueParts)).orElse(null);
        boolean preprint = venue != null ? VenueCatalog.isPreprint(venue)
                : citation.matches("(?is).*\\b(preprint|under review|submitted)\\b.*");
        return new Publication(title, venue, year, firstAuthor(authors, candidateName), preprint, evidence);
    }

    /** The citation cut after '.', '?' or '!' and a space, except after initials and abbreviations. */
    static List<String> segments(String citation) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < citation.length(); i++) {
            char c = citation.charAt(i);
            boolean end = i + 1 == citation.length() || Character.isWhitespace(citation.charAt(i + 1));
            if (c == HARD_BREAK.charAt(0)) {
                addSegment(out, citation.substring(start, i));
                start = i + 1;
            } else if ((c == '.' || c == '?' || c == '!') && end && !(c == '.' && abbreviation(citation, start, i))) {
                addSegment(out, citation.substring(start, c == '.' ? i : i + 1));
                start = i + 1;
            }
        }
        addSegment(out, citation.substring(start));
        return out;
    }

    private static void addSegment(List<String> out, String segment) {
        String s = segment.strip().replaceAll("^[,;:]\\s*", "").replaceAll("^(?i)in:?\\s+(?=\\p{Lu})", "In ");
        if (!s.isEmpty() && s.chars().anyMatch(Character::isLetterOrDigit)) {
            out.add(s);
        }
    }

    /** Whether the '.' at {@code dot} ends an initial ("J.") or an abbreviation ("pp.", "et al.") rather than a segment. */
    private static boolean abbreviation(String s, int from, int dot) {
        int w = dot;
        while (w > from && !Character.isWhitespace(s.charAt(w - 1)) && s.charAt(w - 1) != ',' && s.charAt(w - 1) != '(') {
            if (dot - w >= MAX_ABBREVIATION_LENGTH) {
                return false; // and a long run without spaces is not read back to its start for every dot in it
            }
            w--;
        }
        String word = s.substring(w, dot).replaceAll("[*\u2020\u2021]", "");
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        if (word.matches("(\\p{Lu}\\.-?){1,4}\\p{Lu}")) {
            return true; // "J.-P." or "J.K."
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static String trimTitle(String s) {
        return s.strip().replaceAll("[.,;:]+$", "").strip();
    }

    /** Whether a segment is a list of names: every comma-, "and"- or "&"-separated part looks like one. */
    static boolean isAuthorList(String segment) {
        String s = NAME_MARKS.matcher(segment).replaceAll("").replaceAll("\\((?:19|20)\\d{2}[a-z]?\\)", "").strip();
        String[] parts = s.split("\\s*(?:,|;|\\band\\b|&)\\s*");
        int names = 0;
        boolean initials = false;
        for (String part : parts) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (!NAME.matcher(p).matches()) {
                return false;
            }
            names++;
            initials |= p.matches(".*\\p{Lu}\\..*") || p.matches(".*\\s\\p{Lu}{1,3}$");
        }
        // A single capitalised phrase is more often a short title than a sole author without initials.
        return names >= 2 || (names == 1 && initials);
    }

    /**
     * Whether the candidate is the first author: the first name of the list has the candidate's surname
     * and, where it gives one, the initial of their given name ("J. Doe", "Doe, J." and "Jane Doe" are
     * all Jane Doe). Null when the candidate's name or the author list is unknown.
     */
    static Boolean firstAuthor(String authors, String candidateName) {
        if (authors == null || candidateName == null) {
            return null;
        }
        List<String> candidate = words(candidateName.split(",")[0]);
        if (candidate.isEmpty()) {
            return null;
        }
        String[] parts = NAME_MARKS.matcher(authors).replaceAll("").replaceAll("\\((?:19|20)\\d{2}[a-z]?\\)", "")
                .split("\\s*(?:,|;|\\band\\b|&)\\s*");
        String first = parts[0].strip();
        String surname;
        String given;
        if (parts.length > 1 && !first.contains(" ") && INITIALS.matcher(parts[1].strip()).matches()) {
            surname = first; // "Doe, J."
            given = parts[1].strip();
        } else {
            List<String> w = words(first);
            if (w.isEmpty()) {
                return null;
            }
            String lastToken = first.strip().replaceAll(".*\\s", "");
            if (w.size() > 1 && lastToken.matches("\\p{Lu}{1,2}|(\\p{Lu}\\.){1,3}")) {
                surname = w.get(0); // "Doe JK"
                given = lastToken;
            } else {
                surname = w.get(w.size() - 1);
                given = w.size() > 1 ? w.get(0) : null;
            }
        }
        boolean sameSurname = fold(surname).equals(fold(candidate.get(candidate.size() - 1)));
        boolean sameInitial = given == null || candidate.size() < 2
                || fold(given).charAt(0) == fold(candidate.get(0)).charAt(0);
        return sameSurname && sameInitial;
    }

    private static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.split("[\\s.]+")) {
            String letters = w.replaceAll("[^\\p{L}'\u2019-]", "");
            if (!letters.isEmpty()) {
                out.add(letters);
            }
        }
        return out;
    }

    /** Lower case without accents, so "Müller" and "MULLER" compare equal. */
    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
