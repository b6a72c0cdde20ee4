package dev.jobfit.resume.extraction;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;

/**
 * Text of a PDF in reading order, with PDFBox. A page laid out in two columns (a gutter that most lines
 * leave empty) is read as its full-width header, then the left column, then the right one; other pages
 * are read sorted by position, so headings in bold or capitals stay on their own lines. Work is bounded
 * by {@link ExtractionLimits}: size, pages, text length, memory for streams and wall time (checked page
 * by page).
 */
public final class PdfTextExtractor {

    /** A gap between characters of one line wider than this (points) may be a gutter. */
    static final float MIN_GUTTER_WIDTH = 14f;
    /** The gutter has to lie in the middle part of the page ... */
    static final float GUTTER_BAND_START = 0.25f;
    static final float GUTTER_BAND_END = 0.75f;
    /** ... and be open on this share of the page's lines. */
    static final double MIN_LINES_WITH_GUTTER = 0.4;

    private final ExtractionLimits limits;

    public PdfTextExtractor(ExtractionLimits limits) {
        this.limits = limits;
    }

    public ExtractedDocument extract(byte[] content) throws ExtractionFailure {
        long deadline = System.nanoTime() + limits.maxTime().toNanos();
        try (PDDocument document = Loader.loadPDF(content, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(limits.maxMainMemoryBytes()).streamCache)) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                throw new ExtractionFailure(ExtractionFailure.Reason.ENCRYPTED_PDF,
                        "This PDF does not allow its text to be copied. Save it again without restrictions, or paste the text.");
            }
            int pages = document.getNumberOfPages();
            if (pages > limits.maxPages()) {
                throw new ExtractionFailure(ExtractionFailure.Reason.TOO_MANY_PAGES, "This PDF has " + pages
                        + " pages; a resume of at most " + limits.maxPages() + " pages is read. Upload the resume alone.");
            }
            StringBuilder text = new StringBuilder();
            boolean multiColumn = false;
            for (int i = 0; i < pages; i++) {
                if (System.nanoTime() > deadline) {
                    throw new ExtractionFailure(ExtractionFailure.Reason.TOO_SLOW,
                            "Reading this PDF takes too long. Export it again from your editor, or paste the text.");
                }
                PageText page = readPage(document, document.getPage(i), i + 1);
                multiColumn |= page.columns > 1;
                if (!text.isEmpty() && !page.text.isBlank()) {
                    text.append('\n');
                }
                text.append(page.text.strip());
                if (text.length() > limits.maxCharacters() * 2L) {
                    break; // enough to fill the limit; the rest would be cut anyway
                }
            }
            String result = text.toString().replace("\r\n", "\n").replaceAll("[ \\t]+\\n", "\n").strip();
            if (result.chars().noneMatch(Character::isLetterOrDigit)) {
                throw new ExtractionFailure(ExtractionFailure.Reason.NO_TEXT_LAYER,
                        "This PDF has no text layer (it is a scan or an image). Export it from your editor as a PDF "
                                + "with text, or paste the text.");
            }
            List<String> warnings = new ArrayList<>();
            if (multiColumn) {
                warnings.add("PROBABLY_MULTI_COLUMN");
            }
            if (result.length() > limits.maxCharacters()) {
                result = result.substring(0, limits.maxCharacters());
                warnings.add("TRUNCATED");
            }
            return new ExtractedDocument(DocumentType.PDF, result, pages, warnings);
        } catch (InvalidPasswordException e) {
            throw new ExtractionFailure(ExtractionFailure.Reason.ENCRYPTED_PDF,
                    "This PDF is protected by a password. Save it again without a password, or paste the text.", e);
        } catch (IOException | RuntimeException e) {
            throw new ExtractionFailure(ExtractionFailure.Reason.CORRUPT_FILE,
                    "This PDF cannot be read; it may be damaged. Export it again from your editor, or paste the text.", e);
        }
    }

    private record PageText(String text, int columns) {
    }

    private record Line(float top, float bottom, List<TextPosition> glyphs) {
    }

    private PageText readPage(PDDocument document, PDPage page, int number) throws IOException {
        List<Line> lines = lines(document, number);
        float width = page.getCropBox().getWidth();
        float height = page.getCropBox().getHeight();
        Float gutter = gutter(lines, width);
        if (gutter == null) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(number);
            stripper.setEndPage(number);
            return new PageText(stripper.getText(document), 1);
        }
        // Lines above the first line that is open at the gutter and cross it form a full-width header.
        float columnsTop = 0;
        for (Line line : lines) {
            if (crosses(line, gutter)) {
                columnsTop = Math.max(columnsTop, line.bottom + 1);
            } else {
                break;
            }
        }
        PDFTextStripperByArea areas = new PDFTextStripperByArea();
        areas.setSortByPosition(true);
        areas.addRegion("header", new Rectangle2D.Float(0, 0, width, columnsTop));
        areas.addRegion("left", new Rectangle2D.Float(0, columnsTop, gutter, height - columnsTop));
        areas.addRegion("right", new Rectangle2D.Float(gutter, columnsTop, width - gutter, height - columnsTop));
        areas.extractRegions(page);
        String text = areas.getTextForRegion("header").strip() + "\n" + areas.getTextForRegion("left").strip() + "\n"
                + areas.getTextForRegion("right").strip();
        return new PageText(text, 2);
    }

    /** The glyphs of a page grouped into lines, top to bottom. */
    private static List<Line> lines(PDDocument document, int number) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper collector = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.add(text);
            }
        };
        collector.setStartPage(number);
        collector.setEndPage(number);
        collector.getText(document);
        TreeMap<Integer, List<TextPosition>> byBaseline = new TreeMap<>();
        for (TextPosition g : glyphs) {
            if (!g.getUnicode().isBlank()) {
                byBaseline.computeIfAbsent(Math.round(g.getYDirAdj() / 2f), k -> new ArrayList<>()).add(g);
            }
        }
        List<Line> lines = new ArrayList<>();
        for (List<TextPosition> line : byBaseline.values()) {
            line.sort((a, b) -> Float.compare(a.getXDirAdj(), b.getXDirAdj()));
            float top = (float) line.stream().mapToDouble(g -> g.getYDirAdj() - g.getHeightDir()).min().orElse(0);
            float bottom = (float) line.stream().mapToDouble(TextPosition::getYDirAdj).max().orElse(0);
            lines.add(new Line(top, bottom, line));
        }
        return lines;
    }

    /**
     * The x position of a gutter that many lines leave open in the middle of the page, or null. Each
     * line votes for the wide gaps between its glyphs; the most voted position must be open on a good
     * share of the lines and crossed by few lines below the header.
     */
    static Float gutter(List<Line> lines, float width) {
        if (lines.size() < 6) {
            return null;
        }
        int bins = (int) Math.ceil(width / 2);
        int[] votes = new int[bins + 1];
        for (Line line : lines) {
            List<TextPosition> g = line.glyphs;
            for (int i = 0; i + 1 < g.size(); i++) {
                float gapStart = g.get(i).getXDirAdj() + g.get(i).getWidthDirAdj();
                float gapEnd = g.get(i + 1).getXDirAdj();
                if (gapEnd - gapStart >= MIN_GUTTER_WIDTH) {
                    for (int b = (int) (gapStart / 2) + 1; b < (int) (gapEnd / 2) && b <= bins; b++) {
                        votes[b]++;
                    }
                }
            }
        }
        int best = -1;
        for (int b = (int) (bins * GUTTER_BAND_START); b <= (int) (bins * GUTTER_BAND_END); b++) {
            if (best < 0 || votes[b] > votes[best]) {
                best = b;
            }
        }
        if (best < 0 || votes[best] < MIN_LINES_WITH_GUTTER * lines.size()) {
            return null;
        }
        float x = best * 2f;
        boolean header = true;
        int crossingBelowHeader = 0;
        for (Line line : lines) {
            boolean crosses = crosses(line, x);
            header &= crosses;
            if (crosses && !header) {
                crossingBelowHeader++;
            }
        }
        return crossingBelowHeader <= lines.size() / 10 ? x : null;
    }

    private static boolean crosses(Line line, float x) {
        for (TextPosition g : line.glyphs) {
            if (g.getXDirAdj() <= x && g.getXDirAdj() + g.getWidthDirAdj() >= x) {
                return true;
            }
        }
        List<TextPosition> g = line.glyphs;
        for (int i = 0; i + 1 < g.size(); i++) {
            float gapStart = g.get(i).getXDirAdj() + g.get(i).getWidthDirAdj();
            float gapEnd = g.get(i + 1).getXDirAdj();
            if (gapStart < x && x < gapEnd && gapEnd - gapStart < MIN_GUTTER_WIDTH) {
                return true; // an ordinary word space over the gutter: the line runs across
            }
        }
        return false;
    }
}
