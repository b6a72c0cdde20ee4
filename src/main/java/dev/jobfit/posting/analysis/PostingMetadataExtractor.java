package dev.jobfit.posting.analysis;

import dev.jobfit.posting.analysis.PostingAnalysis.CompanyMention;
import dev.jobfit.posting.analysis.PostingAnalysis.EvidencedText;
import dev.jobfit.text.Block;
import dev.jobfit.text.Span;
import dev.jobfit.time.DateExpressions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facts about a posting rather than requirements: title, company and group, locations, employment type,
 * posting date and the posting's own id. These may be read from any block, boilerplate included (a job
 * id often sits in a header widget), but never become requirements.
 */
final class PostingMetadataExtractor {

    private static final String M = DateExpressions.MONTH_PATTERN;
    private static final Pattern LOCATION = Pattern.compile(
            "(?im)^(?:-[ \\t]*)?(?:job[ \\t]+)?(?:locations?|based in|office|city|work location)[ \\t]*[:\u2013-][ \\t]*(.{2,120})$");
    private static final Pattern POSTED = Pattern.compile(
            "(?i)\\b(?:posted|date posted|posting date|published|posted on)\\s*(?:on)?\\s*:?\\s*((?:" + M
                    + ")\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+20\\d\\d|\\d{1,2}\\s+(?:" + M + ")\\s+20\\d\\d|20\\d\\d-\\d\\d-\\d\\d)");
    private static final Pattern EXTERNAL_ID = Pattern.compile(
            "(?i)\\b(?:job|requisition|req\\.?|reference|ref\\.?|posting|vacancy)\\s*(?:id|no\\.?|number|#|code)?\\s*[:#]\\s*"
                    + "([A-Z0-9][A-Z0-9_-]{2,30})\\b");
    /** A company name: up to six capitalised words on one line ("Redline Freight Co.", "Maple Hollow Unified School District"). */
    private static final String NAME = "[A-Z][\\w&.'’-]*(?:[ \\t]+(?:[A-Z][\\w&.'’-]*|of|and|&|de|du)){0,5}";
    private static final Pattern SUBSIDIARY = Pattern.compile(
            "\\b(" + NAME + "),?[ \\t]+(?:is[ \\t]+)?(?:a[ \\t]+(?:wholly[- ]owned[ \\t]+)?subsidiary[ \\t]+of|part[ \\t]+of|a[ \\t]+member[ \\t]+of"
                    + "|an[ \\t]+affiliate[ \\t]+of|a[ \\t]+division[ \\t]+of|a[ \\t]+brand[ \\t]+of|owned[ \\t]+by)[ \\t]+(?:the[ \\t]+)?(" + NAME + ")");
    /** A full stop after a word that is not an abbreviation or an initial, with more words after it. */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<!\\b(?:Co|Inc|Ltd|Corp|Bros|St|Jr|Sr|Mt|Intl|[A-Z]))\\.(?=[ \\t]+\\S|$)");
    private static final Pattern ABOUT = Pattern.compile("^(?i:about)[ \\t]+(" + NAME + ")[ \\t]*:?$");
    /** "Tailspin Air is a short-haul airline", "Litware Retail operates 260 stores": a company introducing itself. */
    private static final Pattern INTRODUCES_ITSELF = Pattern.compile(
            "^(" + NAME + ")[ \\t]+(?:is (?:a|an|the|one of)|operates|builds|makes|designs|develops|provides|serves|runs|was founded"
                    + "|has been|manufactures|offers|delivers|employs)\\b");
    private static final Pattern EQUAL_OPPORTUNITY = Pattern.compile(
            "(" + NAME + ")[ \\t]+(?:is|are)[ \\t]+(?:an?[ \\t]+|proud to be an?[ \\t]+)?(?i:equal (?:employment )?opportunit(?:y|ies)(?: and affirmative action)? employer)");
    /**
     * "Northwind Video Labs | Seattle, WA | Internship | Req ID: 4418-TS": a job board's header line. At most 40
     * fields: the regex engine recurses once per repetition, and a line of thousands overflowed the stack.
     */
    private static final Pattern PIPE_HEADER = Pattern.compile("(?m)^[^|\\n]{2,80}(?:\\|[^|\\n]{1,80}){2,40}$");
    private static final Pattern PLACE = Pattern.compile(
            "^(?:[A-Z][\\w.'’-]*(?:[ -][A-Z][\\w.'’-]*){0,3}),[ \\t]*(?:[A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)$"
                    + "|^Remote\\b.{0,40}$");
    private static final Pattern BASED_IN = Pattern.compile("\\bbased in (?:our |the )?([A-Z][\\w.-]+(?: [A-Z][\\w.-]+)?) (?:office|headquarters|HQ|campus|site)");
    private static final Pattern LOCATION_LABEL = Pattern.compile("(?i)^(?:job )?locations?:?$");
    private static final Pattern NOT_A_COMPANY = Pattern.compile("(?i)^(we|our|the|this|you|about|job|jobs|careers?|home|apply|location|remote)\\b");
    private static final Pattern COMPANY_LINE = Pattern.compile("(?im)^(?:-\\s*)?(?:company|employer|organi[sz]ation)\\s*:\\s*(.{2,80})$");
    private static final Pattern INTERN = Pattern.compile("(?i)\\b(intern|internship|interns|co-?op|placement student|summer student)\\b");
    /** Internships in the candidate's past: "previous internship experience", "former interns". */
    private static final Pattern PAST_INTERNSHIP = Pattern.compile(
            "(?i)\\b(?:previous|prior|past|former|relevant|completed|earlier|any)[ \\t]+(?:[\\w-]+[ \\t]+)?(?:internships?|interns?|co-?ops?)\\b"
                    + "|\\b(?:internships?|co-?ops?)(?:[ \\t]+or[ \\t]+[\\w-]+(?:[ \\t]+[\\w-]+)?)?[ \\t]+experience\\b");
    /** Titles of roles that are never internships. */
    private static final Pattern NEVER_AN_INTERNSHIP = Pattern.compile(
            "(?i)\\b(?:graduate|new[ -]grad|entry[- ]level|senior|sr\\.|staff|principal|lead|manager|director|head of)\\b");
    private static final Pattern PART_TIME = Pattern.compile("(?i)\\bpart[- ]time\\b");
    private static final Pattern CONTRACT = Pattern.compile("(?i)\\b(contract(or)?|temporary|fixed[- ]term|freelance|temp)\\b(?![- ]to[- ]hire)");
    private static final Pattern FULL_TIME = Pattern.compile("(?i)\\b(full[- ]time|permanent|regular)\\b");

    private PostingMetadataExtractor() {
    }

    static EvidencedText title(String text, PostingStructure structure, String given) {
        if (given != null && !given.isBlank()) {
            int at = text.indexOf(given.strip());
            return new EvidencedText(given.strip(), at >= 0 ? new Span(at, at + given.strip().length()) : null);
        }
        // The page's first real heading (an <h1> often sits in a header landmark, which is not read for
        // requirements but still names the job), else the first short line that reads like a title.
        for (boolean headingsOnly : new boolean[] {true, false}) {
            for (PostingStructure.ReadBlock read : structure.blocks()) {
                Block block = read.block();
                String words = block.of(text).strip();
                boolean candidate = headingsOnly ? block.kind() == Block.Kind.HEADING
                        : block.markers().isEmpty() && words.length() <= 90 && read.ignoredAs() == null;
                boolean widget = read.ignoredAs() != null && read.ignoredAs() != IgnoredReason.NAVIGATION;
                if (candidate && !widget && HeadingClassifier.classify(words).isEmpty() && words.length() >= 4
                        && words.length() <= 120 && !words.startsWith("- ") && !words.endsWith(".")
                        && words.chars().anyMatch(Character::isLetter)) {
                    return new EvidencedText(words.replaceAll("^#+\\s*", ""), block.span());
                }
            }
        }
        return null;
    }

    static CompanyMention company(String text, PostingStructure structure, String given) {
        String name = given == null || given.isBlank() ? null : given.strip();
        Span evidence = null;
        if (name == null) {
            for (PostingStructure.ReadBlock read : structure.blocks()) {
                String words = read.block().of(text).strip();
                Matcher about = ABOUT.matcher(words);
                Matcher intro = INTRODUCES_ITSELF.matcher(words);
                if (about.find() && isCompanyName(about.group(1))) {
                    name = about.group(1);
                } else if ((read.kind() == SectionKind.ABOUT_COMPANY || read.kind() == SectionKind.OTHER)
                        && intro.find() && isCompanyName(intro.group(1))) {
                    name = intro.group(1);
                } else {
                    continue;
                }
                int at = read.block().start() + words.indexOf(name);
                evidence = new Span(at, at + name.length());
                break;
            }
        }
        if (name == null) {
            Matcher eeo = EQUAL_OPPORTUNITY.matcher(text);
            Matcher header = PIPE_HEADER.matcher(text);
            Matcher line = COMPANY_LINE.matcher(text);
            if (line.find()) {
                name = line.group(1).strip();
                evidence = new Span(line.start(1), line.end(1));
            } else if (header.find() && isCompanyName(header.group().split("\\|")[0].strip())) {
                name = header.group().split("\\|")[0].strip();
                evidence = new Span(header.start(), header.start() + name.length());
            } else if (eeo.find() && isCompanyName(eeo.group(1))) {
                name = eeo.group(1);
                evidence = new Span(eeo.start(1), eeo.end(1));
            }
        }
        String group = null;
        Matcher subsidiary = SUBSIDIARY.matcher(text);
        while (subsidiary.find()) {
            String company = untilSentenceEnd(subsidiary.group(1));
            if (name == null || company.equalsIgnoreCase(name) || company.endsWith(name) || name.endsWith(company)) {
                if (name == null) {
                    name = company;
                    evidence = new Span(subsidiary.start(1), subsidiary.start(1) + company.length());
                }
                group = untilSentenceEnd(subsidiary.group(2));
                break;
            }
        }
        if (name == null) {
            return null;
        }
        if (evidence == null) {
            int at = text.indexOf(name);
            evidence = at >= 0 ? new Span(at, at + name.length()) : null;
        }
        return new CompanyMention(name, group, evidence);
    }

    private static boolean isCompanyName(String candidate) {
        return candidate.length() >= 3 && !NOT_A_COMPANY.matcher(candidate).find() && HeadingClassifier.classify(candidate).isEmpty()
                && !candidate.equals(candidate.toUpperCase(Locale.ROOT));
    }

    /**
     * Where the job is: "Location: X; Y" lines, a job board's "Company | City, ST | Type" header line,
     * HTML elements marked as locations or listed under a "Locations" label, and "based in our Munich office".
     */
    static List<EvidencedText> locations(String text, PostingStructure structure) {
        List<EvidencedText> locations = new ArrayList<>();
        Matcher m = LOCATION.matcher(text);
        while (m.find()) {
            for (String part : m.group(1).split("\\s*(?:;|\\||/| or )\\s*")) {
                addPlace(locations, text, part, m.start(1));
            }
        }
        Matcher header = PIPE_HEADER.matcher(text);
        if (header.find()) {
            int offset = header.start();
            for (String part : header.group().split("\\|")) {
                if (PLACE.matcher(part.strip()).matches()) {
                    addPlace(locations, text, part, offset);
                }
            }
        }
        List<PostingStructure.ReadBlock> blocks = structure.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i).block();
            String words = block.of(text).strip().replaceFirst("^- ", "");
            boolean marked = block.markers().matches("(^|.* )(location|job-location|locations)( .*|$)");
            if (marked && (PLACE.matcher(words).matches() || words.matches("[A-Z][\\w .'’-]{1,40}"))) {
                addPlace(locations, text, words, block.start());
            }
            if (LOCATION_LABEL.matcher(words).matches() && blocks.get(i).ignoredAs() == null) {
                for (int j = i + 1; j < blocks.size() && j <= i + 5; j++) {
                    String value = blocks.get(j).block().of(text).strip().replaceFirst("^- ", "");
                    if (!PLACE.matcher(value).matches()) {
                        break;
                    }
                    addPlace(locations, text, value, blocks.get(j).block().start());
                }
            }
        }
        Matcher based = BASED_IN.matcher(text);
        if (based.find()) {
            addPlace(locations, text, based.group(1), based.start(1));
        }
        return locations;
    }

    private static void addPlace(List<EvidencedText> locations, String text, String part, int searchFrom) {
        String place = part.strip().replaceAll("[.]$", "");
        if (place.isEmpty() || locations.stream().anyMatch(l -> l.value().equalsIgnoreCase(place))) {
            return;
        }
        int at = text.indexOf(place, searchFrom);
        locations.add(new EvidencedText(place, at >= 0 ? new Span(at, at + place.length()) : null));
    }

    /** From the title first (it is the most reliable), then from the readable text. */
    static EmploymentType employmentType(String title, PostingContext context) {
        if (title != null) {
            EmploymentType fromTitle = classify(title);
            if (fromTitle != EmploymentType.UNKNOWN) {
                return fromTitle;
            }
        }
        StringBuilder readable = new StringBuilder();
        context.sentences.forEach(s -> readable.append(s.text()).append('\n'));
        // "previous internship experience is a plus" is about the candidate's past, not this job; and a
        // graduate or senior role is not an internship whatever its text says about interns
        String words = PAST_INTERNSHIP.matcher(readable).replaceAll(" ");
        return classify(words, title == null || !NEVER_AN_INTERNSHIP.matcher(title).find());
    }

    private static EmploymentType classify(String words) {
        return classify(words, true);
    }

    private static EmploymentType classify(String words, boolean internshipPossible) {
        if (internshipPossible && INTERN.matcher(words).find()) {
            return EmploymentType.INTERNSHIP;
        }
        if (PART_TIME.matcher(words).find()) {
            return EmploymentType.PART_TIME;
        }
        if (CONTRACT.matcher(words).find()) {
            return EmploymentType.CONTRACT;
        }
        if (FULL_TIME.matcher(words).find()) {
            return EmploymentType.FULL_TIME;
        }
        return EmploymentType.UNKNOWN;
    }

    /**
     * A name as far as its sentence goes: "Lumenwave Group. Our teams" is "Lumenwave Group". A full stop
     * that ends an abbreviation ("Redline Freight Co.", "A.P. Moller") stays.
     */
    static String untilSentenceEnd(String name) {
        Matcher stop = SENTENCE_END.matcher(name);
        return stop.find() ? name.substring(0, stop.start()) : name;
    }

    static LocalDate postedAt(String text, LocalDate given) {
        if (given != null) {
            return given;
        }
        Matcher m = POSTED.matcher(text);
        return m.find() ? DateExpressions.date(m.group(1)).orElse(null) : null;
    }

    static String externalId(String text) {
        Matcher m = EXTERNAL_ID.matcher(text);
        while (m.find()) {
            String id = m.group(1);
            if (id.chars().anyMatch(Character::isDigit)) {
                return id;
            }
        }
        return null;
    }
}
