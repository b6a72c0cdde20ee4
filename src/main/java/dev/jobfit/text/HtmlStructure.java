package dev.jobfit.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Converts HTML to {@link StructuredText} with jsoup, keeping block structure: every heading,
 * paragraph, list item, table row and similar element becomes one line; list items start with "- ".
 * Scripts, styles and hidden elements are dropped. Each block records the elements, classes and ids
 * around it ({@link Block#markers()}), which boilerplate detection reads.
 */
public final class HtmlStructure {

    private static final Set<String> BLOCK_TAGS = Set.of(
            "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "header",
            "footer", "nav", "aside", "ul", "ol", "table", "dt", "dd", "blockquote", "pre", "form", "main",
            "address", "figcaption", "details", "summary", "dl", "td", "th", "caption", "label", "button", "option");
    private static final Set<String> DROPPED_TAGS = Set.of(
            "script", "style", "noscript", "template", "svg", "iframe", "head", "select", "input", "textarea",
            "canvas", "object", "embed");
    private static final Set<String> LANDMARK_TAGS = Set.of("nav", "footer", "header", "aside", "form", "button");

    private HtmlStructure() {
    }

    public static StructuredText parse(String html) {
        Document document = Jsoup.parse(html);
        document.select(String.join(",", DROPPED_TAGS)).remove();
        document.select("[hidden], [aria-hidden=true], [style~=(?i)display\\s*:\\s*none]").remove();
        Builder builder = new Builder();
        NodeTraversor.traverse(builder, document.body());
        builder.flush();
        // The same normalisation as plain text keeps one notion of "text" for every source.
        return builder.build();
    }

    private static final class Builder implements NodeVisitor {
        private final StringBuilder text = new StringBuilder();
        private final List<Block> blocks = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private Element currentElement;
        private Block.Kind currentKind = Block.Kind.PARAGRAPH;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                String value = textNode.getWholeText().replace('\u00a0', ' ');
                if (!value.isBlank()) {
                    if (current.isEmpty()) {
                        currentElement = textNode.parent();
                        currentKind = kindOf(currentElement);
                    }
                    current.append(value);
                } else if (!current.isEmpty()) {
                    current.append(' ');
                }
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("br") || BLOCK_TAGS.contains(tag)) {
                    flush();
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && BLOCK_TAGS.contains(element.normalName())) {
                flush();
            }
        }

        void flush() {
            String line = current.toString().replaceAll("\\s+", " ").strip();
            current.setLength(0);
            if (line.isEmpty()) {
                return;
            }
            if (currentKind == Block.Kind.LIST_ITEM) {
                line = "- " + line;
            }
            if (!text.isEmpty()) {
                text.append('\n');
            }
            int start = text.length();
            text.append(line);
            blocks.add(new Block(start, text.length(), currentKind, markers(currentElement)));
        }

        StructuredText build() {
            return new StructuredText(text.toString(), blocks);
        }
    }

    /** The kind of block a text inside {@code element} starts. */
    private static Block.Kind kindOf(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            String tag = e.normalName();
            if (tag.matches("h[1-6]") || tag.equals("dt") || tag.equals("summary")) {
                return Block.Kind.HEADING;
            }
            if (tag.equals("li")) {
                return Block.Kind.LIST_ITEM;
            }
            if ((tag.equals("strong") || tag.equals("b")) && e.parent() != null
                    && e.parent().text().strip().equals(e.text().strip()) && e.text().length() <= 70) {
                return Block.Kind.HEADING; // <p><strong>Requirements</strong></p>
            }
            if (BLOCK_TAGS.contains(tag)) {
                return Block.Kind.PARAGRAPH;
            }
        }
        return Block.Kind.PARAGRAPH;
    }

    /** Landmark elements, classes, ids and roles around an element, lower case, space separated. */
    private static String markers(Element element) {
        StringBuilder markers = new StringBuilder();
        for (Element e = element; e != null && !e.normalName().equals("body"); e = e.parent()) {
            if (LANDMARK_TAGS.contains(e.normalName())) {
                markers.append(e.normalName()).append(' ');
            }
            if (!e.id().isEmpty()) {
                markers.append(e.id().toLowerCase(Locale.ROOT)).append(' ');
            }
            for (String c : e.classNames()) {
                markers.append(c.toLowerCase(Locale.ROOT)).append(' ');
            }
            String role = e.attr("role");
            if (!role.isEmpty()) {
                markers.append(role.toLowerCase(Locale.ROOT)).append(' ');
            }
        }
        return markers.toString().strip();
    }
}
