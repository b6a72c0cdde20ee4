package dev.jobfit.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Normalises plain text (Unicode NFC, line breaks, spaces, bullets) and finds its blocks: headings are
 * short lines in capitals, ending with a colon, or marked with '#'; bulleted lines are list items.
 */
public final class PlainTextStructure {

    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*\u2022\u25cf\u25aa\u25e6\u2023\u2219\u00b7>]|\\d{1,2}[.)])\\s+");
    private static final int MAX_HEADING_LENGTH = 70;
    private static final int MAX_HEADING_WORDS = 9;

    private PlainTextStructure() {
    }

    public static StructuredText parse(String raw) {
        String text = normalise(raw);
        List<Block> blocks = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i > lineStart) {
                    String line = text.substring(lineStart, i);
                    blocks.add(new Block(lineStart, i, kind(line), ""));
                }
                lineStart = i + 1;
            }
        }
        return new StructuredText(text, blocks);
    }

    /** NFC, LF line breaks, no tabs or runs of spaces, no trailing spaces, at most one empty line in a row. */
    public static String normalise(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC)
                .replace("\r\n", "\n").replace('\r', '\n')
                .replace('\u00a0', ' ').replace('\u2028', '\n').replace('\u2029', '\n')
                .replaceAll("[\\t\\x0B\\f ]+", " ")
                .replaceAll("[\\p{Cc}&&[^\\n]]", "")
                .replaceAll(" *\n *", "\n")
                .replaceAll("\n{3,}", "\n\n");
        return BULLET_LINE.matcher(text.strip()).replaceAll("- ");
    }

    private static final Pattern BULLET_LINE = Pattern.compile("(?m)^(?:[*\u2022\u25cf\u25aa\u25e6\u2023\u2219\u00b7]|-)\\s+");

    static Block.Kind kind(String line) {
        String trimmed = line.strip();
        if (BULLET.matcher(trimmed).find()) {
            return Block.Kind.LIST_ITEM;
        }
        if (isHeading(trimmed)) {
            return Block.Kind.HEADING;
        }
        return Block.Kind.PARAGRAPH;
    }

    static boolean isHeading(String line) {
        if (line.isEmpty() || line.length() > MAX_HEADING_LENGTH) {
            return false;
        }
        if (line.startsWith("#")) {
            return true;
        }
        int words = line.split("\\s+").length;
        if (words > MAX_HEADING_WORDS) {
            return false;
        }
        boolean endsWithColon = line.endsWith(":");
        boolean letters = line.chars().anyMatch(Character::isLetter);
        boolean capitals = letters && line.equals(line.toUpperCase(java.util.Locale.ROOT)) && words <= 8;
        return endsWithColon || capitals;
    }
}
