package dev.jobfit.resume.profile;

import dev.jobfit.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entries listed under a heading, such as papers or awards. When some lines start with a marker
 * ("- ", "[3]", "2."), each marker opens an entry that runs over the unmarked lines after it, so a
 * citation wrapped over three lines stays one entry and a note above the list ("* equal contribution")
 * is no entry. Without markers, each line is an entry, or, when asked, each paragraph whose lines are
 * not complete entries on their own.
 */
final class ListedEntries {

    /** The text has been normalised, so bullets are "- " at the start of a line. */
    static final Pattern MARKER = Pattern.compile("^(?:-\\s+|\\[\\d{1,3}]\\s*|\\d{1,3}[.)]\\s+)");

    private ListedEntries() {
    }

    /**
     * The entries of a section, as spans of {@code text} without their markers, in text order.
     *
     * @param lineComplete for unmarked paragraphs: whether one line is a whole entry; when not every line
     *     of a paragraph is, the paragraph is one entry
     */
    static List<Span> of(String text, ResumeProfile.Section section, Predicate<String> lineComplete) {
        List<Span> lines = new ArrayList<>();
        int at = text.indexOf('\n', section.start());
        at = at < 0 || at >= section.end() ? section.end() : at + 1; // the heading is no entry
        while (at < section.end()) {
            int end = text.indexOf('\n', at);
            end = end < 0 || end > section.end() ? section.end() : end;
            lines.add(new Span(at, end));
            at = end + 1;
        }
        boolean marked = lines.stream().anyMatch(l -> MARKER.matcher(l.of(text)).find());
        List<Span> entries = new ArrayList<>();
        if (marked) {
            int start = -1;
            int last = -1;
            for (Span line : lines) {
                String s = line.of(text);
                Matcher m = MARKER.matcher(s);
                if (m.find()) {
                    add(entries, text, start, last);
                    start = line.start() + m.end();
                    last = line.end();
                } else if (s.isBlank()) {
                    add(entries, text, start, last);
                    start = -1;
                } else if (start >= 0) {
                    last = line.end();
                }
            }
            add(entries, text, start, last);
            return entries;
        }
        List<Span> paragraph = new ArrayList<>();
        for (int i = 0; i <= lines.size(); i++) {
            if (i < lines.size() && !lines.get(i).of(text).isBlank()) {
                paragraph.add(lines.get(i));
                continue;
            }
            if (paragraph.stream().allMatch(l -> lineComplete.test(l.of(text)))) {
                paragraph.forEach(l -> add(entries, text, l.start(), l.end()));
            } else if (!paragraph.isEmpty()) {
                add(entries, text, paragraph.get(0).start(), paragraph.get(paragraph.size() - 1).end());
            }
            paragraph.clear();
        }
        return entries;
    }

    private static void add(List<Span> entries, String text, int start, int end) {
        if (start < 0 || end <= start) {
            return;
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            entries.add(new Span(start, end));
        }
    }
}
