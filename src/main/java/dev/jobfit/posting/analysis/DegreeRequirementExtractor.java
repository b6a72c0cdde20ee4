package dev.jobfit.posting.analysis;

import dev.jobfit.education.DegreeLevel;
import dev.jobfit.education.DegreeNames;
import dev.jobfit.posting.analysis.PostingAnalysis.DegreeRequirement;
import dev.jobfit.posting.analysis.PostingAnalysis.DegreeStatus;
import dev.jobfit.text.Span;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The degree a posting asks for: levels ("Master or Bachelor", "BS/MS", "PhD"), whether it must be in
 * progress ("currently pursuing", "final-year students") or completed, and the fields ("in Computer
 * Science, Electrical Engineering or a quantitative field").
 */
final class DegreeRequirementExtractor {

    private static final Pattern DEGREE_CONTEXT = Pattern.compile(
            "\\b(degree|diploma|graduate|graduating|student|candidate|pursuing|enrolled|program(me)?|ph\\.? ?d|master|bachelor"
                    + "|\\bBS\\b|\\bMS\\b|b\\.s\\.|m\\.s\\.)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PURSUING = Pattern.compile(
            "\\b(currently (pursuing|enrolled|studying|working towards)|pursuing|enrolled in|current(ly)? (a )?(student|candidate)"
                    + "|final[- ]year|rising (junior|senior)|working towards|graduating (in|between|by)|expected graduation"
                    + "|students? (in|of|who)|candidates? (in|who are)|returning to (school|university))", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPLETED = Pattern.compile(
            "\\b(completed|hold(s|ing)?|have (a|an|earned)|has (a|an)|obtained|awarded|earned|graduated|holder of"
                    + "|degree (is )?required|or equivalent (practical )?experience)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIELDS = Pattern.compile(
            "\\b(?:in|of)\\s+((?:[A-Za-z&/.,()' -]|\\band\\b|\\bor\\b){3,160}?)(?=[.;:]|\\bwith\\b|\\bat\\b|\\bfrom\\b|\\bplus\\b"
                    + "|\\bwho\\b|\\bwhile\\b|\\band (have|has|are|experience)\\b|\\bor (equivalent|relevant)\\b|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FIELD_SEPARATOR = Pattern.compile("\\s*(?:,|/|;|\\bor\\b|\\band\\b)\\s*", Pattern.CASE_INSENSITIVE);
    /** Words that start a clause about the degree rather than another field: "completed before joining". */
    private static final Pattern NOT_A_FIELD_ANY_MORE = Pattern.compile(
            "^(completed|obtained|awarded|earned|expected|due|to be|by|before|prior|ideally|preferably|including|such as|e\\.g)\\b");
    private static final Set<String> NOT_FIELDS = Set.of("a", "an", "the", "related", "similar", "equivalent",
            "similar fields", "related fields", "a related field", "related field", "relevant field", "a relevant field",
            "equivalent experience", "etc", "other", "degree", "progress");

    private DegreeRequirementExtractor() {
    }

    private static final Pattern GRADUATES = Pattern.compile(
            "(?i)\\b(recent(ly)? graduat\\w*|graduates|new grads?|or graduated|alumni)\\b");

    static DegreeRequirement extract(PostingContext context, EmploymentType employmentType) {
        Set<DegreeLevel> levels = EnumSet.noneOf(DegreeLevel.class);
        Set<String> fields = new LinkedHashSet<>();
        List<Span> evidence = new ArrayList<>();
        DegreeStatus status = null;
        Importance importance = null;
        for (PostingContext.Sentence sentence : context.sentences) {
            if (!DEGREE_CONTEXT.matcher(sentence.text()).find() || sentence.in(SectionKind.ABOUT_COMPANY)) {
                continue;
            }
            Set<DegreeLevel> found = DegreeNames.levels(sentence.text());
            if (found.isEmpty()) {
                continue;
            }
            levels.addAll(found);
            evidence.add(sentence.span());
            DegreeStatus sentenceStatus = status(sentence.text(), employmentType);
            status = status == null || status == DegreeStatus.ANY ? sentenceStatus : status;
            Importance sentenceImportance = PostingContext.importance(sentence);
            importance = importance == null || sentenceImportance == Importance.REQUIRED ? sentenceImportance : importance;
            fields.addAll(fields(sentence.text()));
        }
        if (levels.isEmpty()) {
            return null;
        }
        return new DegreeRequirement(List.copyOf(levels), status, List.copyOf(fields), importance, evidence);
    }

    /**
     * "Currently pursuing" is PURSUING; "students or recent graduates" is ANY; an explicit completion, or
     * a degree asked of an employee (any job but an internship), is COMPLETED; otherwise ANY.
     */
    static DegreeStatus status(String sentence, EmploymentType employmentType) {
        boolean pursuing = PURSUING.matcher(sentence).find();
        if (pursuing) {
            return GRADUATES.matcher(sentence).find() ? DegreeStatus.ANY : DegreeStatus.PURSUING;
        }
        if (COMPLETED.matcher(sentence).find()) {
            return DegreeStatus.COMPLETED;
        }
        return employmentType == EmploymentType.INTERNSHIP || employmentType == EmploymentType.UNKNOWN
                ? DegreeStatus.ANY : DegreeStatus.COMPLETED;
    }

    /** "in Computer Science, Electrical Engineering or a quantitative field" to its fields, lower case. */
    static List<String> fields(String sentence) {
        List<String> fields = new ArrayList<>();
        int sentenceLevels = DegreeNames.levels(sentence).size();
        Matcher m = FIELDS.matcher(sentence);
        int from = 0;
        while (from < sentence.length() && m.find(from)) {
            String phrase = m.group(1);
            from = m.end();
            if (DegreeNames.levels(phrase).size() == sentenceLevels && !DegreeNames.levels(phrase).isEmpty()) {
                // "of Master or Bachelor" is not a field list, but "a Master's program in Statistics" holds one
                from = m.start(1);
                continue;
            }
            for (String part : FIELD_SEPARATOR.split(phrase)) {
                String field = part.strip().toLowerCase(Locale.ROOT).replaceAll("^(a|an|the)\\s+", "")
                        .replaceAll("\\s+(degree|program(me)?|or similar|or related)$", "").strip();
                if (NOT_A_FIELD_ANY_MORE.matcher(field).find()) {
                    break; // "Computer Science, completed before joining": the list has ended
                }
                if (field.length() >= 2 && !NOT_FIELDS.contains(field) && field.split(" ").length <= 5
                        && DegreeNames.levels(field).isEmpty() && !field.matches(".*\\d.*")) {
                    fields.add(field);
                }
            }
            if (!fields.isEmpty()) {
                break;
            }
        }
        return fields;
    }
}
