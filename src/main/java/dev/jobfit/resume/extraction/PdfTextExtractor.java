package dev.jobfit.resume.extraction;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
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
 * by {@link ExtractionLimits}: size, pages, text length (also per page, against one enormous page
 * stream), memory for streams and wall time (checked every few thousand content-stream operators).
 */
public final class PdfTextExtractor {

    /** A gap between characters of one line wider than this (points) may be a gutter. */
    static final float MIN_GUTTER_WIDTH = 14f;
    /** The gutter has to lie in the middle part of the page ... */
    static final float GUTTER_BAND_START = 0.25f;
    static final float GUTTER_BAND_END = 0.75f;
    /** ... with at least this share of the page's lines on each side of it. */
    static final double MIN_LINES_BESIDE_GUTTER = 0.15;

    /**
     * Pages wider than this (points; 200 inches, the largest page PDF readers display) are read as one
     * column: the gutter search steps through the page two points at a time.
     */
    static final float MAX_PAGE_WIDTH = 14_400f;

    /** A gap this many times the usual line gap separates paragraphs. */
    static final float PARAGRAPH_GAP = 1.35f;

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
            Budget budget = new Budget(deadline, limits.maxCharacters());
            for (int i = 0; i < pages; i++) {
                budget.checkTime();
                PageText page = readPage(document, document.getPage(i), i + 1, budget);
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
        } catch (Budget.Exceeded e) {
            throw e.failure;
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

    /**
     * Bounds the work inside one page, whose content stream may be enormous: the wall time, checked every
     * few thousand operators, and the glyphs one page may show (a resume page shows a few thousand).
     */
    private static final class Budget {

        private static final int OPERATORS_BETWEEN_CHECKS = 4096;

        /** Unwinds PDFBox's processing; carries the failure out. */
        static final class Exceeded extends RuntimeException {
            final ExtractionFailure failure;

            Exceeded(ExtractionFailure failure) {
                super(failure.getMessage(), null, false, false);
                this.failure = failure;
            }
        }

        private final long deadline;
        private final int maxGlyphsPerPage;
        private int operators;

        Budget(long deadline, int maxGlyphsPerPage) {
            this.deadline = deadline;
            this.maxGlyphsPerPage = maxGlyphsPerPage;
        }

        void checkTime() {
            if (System.nanoTime() > deadline) {
                throw new Exceeded(new ExtractionFailure(ExtractionFailure.Reason.TOO_SLOW,
                        "Reading this PDF takes too long. Export it again from your editor, or paste the text."));
            }
        }

        void operator() {
            if (++operators % OPERATORS_BETWEEN_CHECKS == 0) {
                checkTime();
            }
        }

        void glyphs(int onPage) {
            if (onPage > maxGlyphsPerPage) {
                throw new Exceeded(new ExtractionFailure(ExtractionFailure.Reason.TOO_MUCH_TEXT,
                        "A page of this PDF holds more than " + maxGlyphsPerPage + " characters, far more than a resume "
                                + "page. Export the resume again from your editor, or paste the text."));
            }
        }
    }

    private PageText readPage(PDDocument document, PDPage page, int number, Budget budget) throws IOException {
        List<Line> lines = lines(document, number, budget);
        float width = page.getCropBox().getWidth();
        float height = page.getCropBox().getHeight();
        Float gutter = gutter(lines, width);
        if (gutter == null) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                    budget.operator();
                    super.processOperator(operator, operands);
                }
            };
            stripper.setSortByPosition(true);
            separateParagraphs(stripper, lines, null);
            stripper.setStartPage(number);
            stripper.setEndPage(number);
            return new PageText(stripper.getText(document), 1);
        }
        // Lines above the first line that is open at the gutter and cross it form a full-width header.
        float columnsTop = 0;
        for (Line line : lines) {
            if (crosses(segments(line), gutter)) {
                columnsTop = Math.max(columnsTop, line.bottom + 1);
            } else {
                break;
            }
        }
        PDFTextStripperByArea areas = new PDFTextStripperByArea() {
            @Override
            protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                budget.operator();
                super.processOperator(operator, operands);
            }
        };
        areas.setSortByPosition(true);
        separateParagraphs(areas, lines, gutter);
        areas.addRegion("header", new Rectangle2D.Float(0, 0, width, columnsTop));
        areas.addRegion("left", new Rectangle2D.Float(0, columnsTop, gutter, height - columnsTop));
        areas.addRegion("right", new Rectangle2D.Float(gutter, columnsTop, width - gutter, height - columnsTop));
        areas.extractRegions(page);
        String text = areas.getTextForRegion("header").strip() + "\n" + areas.getTextForRegion("left").strip() + "\n"
                + areas.getTextForRegion("right").strip();
        return new PageText(text, 2);
    }

    /**
     * A blank line where the vertical gap between lines is clearly wider than the page's usual line gap, as
     * between paragraphs and entries, so the text keeps the blank lines the resume parser reads entries by.
     * PDFBox measures a gap in heights of the line above; the threshold is 1.35 times the median of those
     * ratios on the page (of the left column's lines, on a two-column page), so generous line spacing
     * alone makes no paragraphs. Indentation starts none either: a wrapped line continues indented.
     */
    private static void separateParagraphs(PDFTextStripper stripper, List<Line> lines, Float gutter) {
        List<Float> ratios = new ArrayList<>();
        Line previous = null;
        for (Line line : lines) {
            if (gutter != null && line.glyphs.get(0).getXDirAdj() >= gutter) {
                continue;
            }
            if (previous != null) {
                float height = (float) previous.glyphs.stream().mapToDouble(TextPosition::getHeightDir).max().orElse(0);
                float gap = line.bottom - previous.bottom;
                if (height > 0 && gap > 0) {
                    ratios.add(gap / height);
                }
            }
            previous = line;
        }
        if (ratios.size() < 4) {
            return;
        }
        ratios.sort(null);
        stripper.setAddMoreFormatting(true);
        stripper.setParagraphStart("\n");
        stripper.setIndentThreshold(Float.MAX_VALUE);
        stripper.setDropThreshold(ratios.get(ratios.size() / 2) * PARAGRAPH_GAP);
    }

    /** The glyphs of a page grouped into lines, top to bottom. */
    private static List<Line> lines(PDDocument document, int number, Budget budget) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper collector = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.add(text);
                budget.glyphs(glyphs.size());
            }

            @Override
            protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                budget.operator();
                super.processOperator(operator, operands);
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
     * The x position of a gutter in the middle of the page, or null. A gutter is crossed by no line below
     * the full-width header (a tenth of the lines may cross it, for a rule or a wide footer) and has text on
     * both sides: at least {@link #MIN_LINES_BESIDE_GUTTER} of the lines reach to its left, as many to its
     * right. Columns of unequal length count too (a sidebar beside a long main column), since lines of
     * either column count wherever their baselines fall. Of the open positions, the middle of the best run.
     * A page wider than {@link #MAX_PAGE_WIDTH} (or of no sensible width) has none: stepping through it would
     * take without bound (past 2^24 points, adding 2 no longer moves x at all).
     */
    static Float gutter(List<Line> lines, float width) {
        if (lines.size() < 6 || !(width > 0 && width <= MAX_PAGE_WIDTH)) {
            return null;
        }
        List<List<float[]>> segments = lines.stream().map(PdfTextExtractor::segments).toList();
        int n = lines.size();
        int best = 0;
        float runStart = -1;
        float runEnd = -1;
        for (float x = width * GUTTER_BAND_START; x <= width * GUTTER_BAND_END; x += 2) {
            int left = 0;
            int right = 0;
            int crossingBelowHeader = 0;
            boolean header = true;
            for (List<float[]> line : segments) {
                boolean crosses = crosses(line, x);
                header &= crosses;
                if (crosses) {
                    crossingBelowHeader += header ? 0 : 1;
                    continue;
                }
                left += line.get(0)[0] < x ? 1 : 0;
                right += line.get(line.size() - 1)[1] > x ? 1 : 0;
            }
            int score = crossingBelowHeader <= n / 10 ? Math.min(left, right) : 0;
            if (score > best) {
                best = score;
                runStart = x;
                runEnd = x;
            } else if (score == best && score > 0 && x - runEnd <= 2.01f) {
                runEnd = x;
            }
        }
        return best >= Math.max(3, MIN_LINES_BESIDE_GUTTER * n) ? (runStart + runEnd) / 2 : null;
    }

    /** A line's glyphs as runs [from, to] of x, split where the gap is wide enough to be a gutter. */
    private static List<float[]> segments(Line line) {
        List<float[]> runs = new ArrayList<>();
        for (TextPosition g : line.glyphs) {
            float from = g.getXDirAdj();
            float to = from + g.getWidthDirAdj();
            float[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && from - last[1] < MIN_GUTTER_WIDTH) {
                last[1] = Math.max(last[1], to);
            } else {
                runs.add(new float[] {from, to});
            }
        }
        return runs;
    }

    private static boolean crosses(List<float[]> segments, float x) {
        for (float[] s : segments) {
            if (s[0] <= x && x <= s[1]) {
                return true;
            }
        }
        return false;
    }
}
