package dev.jobfit.resume;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * One resume fixture of src/test/resources/resumes (see its README) and its renderings as a real PDF
 * (PDFBox; one column, or a true two-column page for the two-column fixtures) and a real DOCX (Apache
 * POI; two-column fixtures get a two-column section with a column break), as a candidate would upload.
 *
 * @param name file name without extension
 * @param twoColumn whether the fixture is laid out in two columns
 * @param left the lines of the one column, or of the left column
 * @param right the lines of the right column (empty for one column)
 */
public record ResumeFixture(String name, boolean twoColumn, List<String> left, List<String> right) {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float MARGIN = 48;
    /** Wrapped lines continue indented, as word processors set hanging paragraphs. */
    private static final float CONTINUATION_INDENT = 10;

    public static ResumeFixture read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        boolean twoColumn = lines.get(0).equals("# layout: two-column");
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        List<String> current = left;
        for (String line : lines.subList(1, lines.size())) {
            if (line.equals("# column-break")) {
                current = right;
            } else {
                current.add(line);
            }
        }
        return new ResumeFixture(file.getFileName().toString().replace(".txt", ""), twoColumn, List.copyOf(left),
                List.copyOf(right));
    }

    /** The text as written, columns one after the other. */
    public String text() {
        List<String> all = new ArrayList<>(left);
        all.addAll(right);
        return String.join("\n", all) + "\n";
    }

    /** A PDF of one column over as many pages as needed, or a one-page two-column PDF. */
    public byte[] pdf() throws IOException {
        try (PDDocument document = new PDDocument()) {
            if (twoColumn) {
                twoColumnPage(document);
            } else {
                Column column = new Column(document, null, MARGIN, PDRectangle.LETTER.getWidth() - 2 * MARGIN, 10, true);
                left.forEach(column::add);
                column.close();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** Left column 330 points wide, right column 160 points, the type shrunk until both fit one page. */
    private void twoColumnPage(PDDocument document) throws IOException {
        float pageWidth = PDRectangle.LETTER.getWidth();
        float rightWidth = 160;
        float gutter = 24;
        float leftWidth = pageWidth - 2 * MARGIN - gutter - rightWidth;
        for (float size = 10; ; size -= 0.5f) {
            boolean fits = Column.height(left, leftWidth, size, true) <= Column.usableHeight()
                    && Column.height(right, rightWidth, size, false) <= Column.usableHeight();
            if (fits || size <= 6) {
                Column leftColumn = new Column(document, null, MARGIN, leftWidth, size, true);
                left.forEach(leftColumn::add);
                leftColumn.close();
                Column rightColumn = new Column(document, document.getPage(0), MARGIN + leftWidth + gutter, rightWidth, size,
                        false);
                right.forEach(rightColumn::add);
                rightColumn.close();
                return;
            }
        }
    }

    /** Each line a paragraph; headings bold; two-column fixtures as a two-column section. */
    public byte[] docx() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : left) {
                paragraph(document, line);
            }
            if (twoColumn) {
                document.createParagraph().createRun().addBreak(BreakType.COLUMN);
                for (String line : right) {
                    paragraph(document, line);
                }
                document.getDocument().getBody().addNewSectPr().addNewCols().setNum(BigInteger.TWO);
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    private static void paragraph(XWPFDocument document, String line) {
        XWPFRun run = document.createParagraph().createRun();
        run.setText(line);
        run.setBold(isHeading(line));
    }

    /** Headings are short lines in capitals or ending in a colon. */
    static boolean isHeading(String line) {
        String s = line.strip();
        return !s.isEmpty() && s.length() <= 40 && (s.equals(s.toUpperCase()) && s.chars().anyMatch(Character::isLetter)
                || s.endsWith(":"));
    }

    /** Lines set top to bottom in one column, wrapped at its width, continuing on new pages. */
    private static final class Column {

        private final PDDocument document;
        private final float x;
        private final float width;
        private final float size;
        private PDPageContentStream out;
        private float y;
        private boolean first;

        /** With {@code nameFirst}, the first line is the candidate's name, set larger. */
        Column(PDDocument document, PDPage page, float x, float width, float size, boolean nameFirst) throws IOException {
            this.document = document;
            this.first = nameFirst;
            this.x = x;
            this.width = width;
            this.size = size;
            start(page);
        }

        static float usableHeight() {
            return PDRectangle.LETTER.getHeight() - 2 * MARGIN;
        }

        /** The height the lines take, the first (the name) larger. */
        static float height(List<String> lines, float width, float size, boolean nameFirst) throws IOException {
            float h = 0;
            boolean first = nameFirst;
            for (String line : lines) {
                if (line.isBlank()) {
                    h += size * 0.7f;
                    continue;
                }
                float lineSize = first ? size * 1.5f : size;
                PDType1Font font = first || isHeading(line) ? BOLD : REGULAR;
                h += wrap(line, font, lineSize, width).size() * lineSize * 1.3f;
                first = false;
            }
            return h;
        }

        private void start(PDPage existing) throws IOException {
            PDPage page = existing;
            if (page == null) {
                page = new PDPage(PDRectangle.LETTER);
                document.addPage(page);
            }
            out = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true);
            y = PDRectangle.LETTER.getHeight() - MARGIN;
        }

        void add(String line) {
            try {
                if (line.isBlank()) {
                    y -= size * 0.7f;
                    return;
                }
                float lineSize = first ? size * 1.5f : size;
                PDType1Font font = first || isHeading(line) ? BOLD : REGULAR;
                first = false;
                List<String> pieces = wrap(line, font, lineSize, width);
                for (int i = 0; i < pieces.size(); i++) {
                    if (y - lineSize * 1.3f < MARGIN) {
                        out.close();
                        start(null);
                    }
                    y -= lineSize * 1.3f;
                    out.beginText();
                    out.setFont(font, lineSize);
                    out.newLineAtOffset(i == 0 ? x : x + CONTINUATION_INDENT, y);
                    out.showText(pieces.get(i));
                    out.endText();
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        void close() throws IOException {
            out.close();
        }

        /** Greedy word wrap; continuation lines are narrower by the indent. */
        private static List<String> wrap(String line, PDType1Font font, float size, float width) throws IOException {
            List<String> pieces = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : line.strip().split(" +")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                float available = pieces.isEmpty() ? width : width - CONTINUATION_INDENT;
                if (!current.isEmpty() && font.getStringWidth(candidate) / 1000 * size > available) {
                    pieces.add(current.toString());
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
            if (!current.isEmpty()) {
                pieces.add(current.toString());
            }
            return pieces;
        }
    }
}
