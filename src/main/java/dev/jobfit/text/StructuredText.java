package dev.jobfit.text;

import java.util.List;

/**
 * A document as normalised text plus its blocks. Blocks are separated by line breaks in the text and
 * list items start with "- ", so the text alone reads well and spans into it are stable.
 *
 * @param text the normalised text
 * @param blocks the blocks in order; each is a span of {@code text}
 */
public record StructuredText(String text, List<Block> blocks) {

    public StructuredText {
        blocks = List.copyOf(blocks);
    }
}
