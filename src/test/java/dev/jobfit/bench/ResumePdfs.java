package dev.jobfit.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Resume text written out as a PDF for the benchmarks and the load generator: letter size, 9-point Helvetica,
 * the lines split evenly over the pages, headings (lines in capitals) in bold, as a word processor exports a
 * plain resume.
 */
public final class ResumePdfs {

    private ResumePdfs() {
    }

    /** The fixture text without its {@code # layout} comment lines. */
    public static String withoutComments(String text) {
        return String.join("\n", text.lines().filter(l -> !l.startsWith("# ")).toList());
    }

    public static byte[] pdf(String text, int pages) {
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        List<String> lines = text.lines().toList();
        int perPage = (lines.size() + pages - 1) / pages;
        try (PDDocument document = new PDDocument()) {
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                document.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                    float y = 752;
                    for (String line : lines.subList(Math.min(lines.size(), p * perPage), Math.min(lines.size(), (p + 1) * perPage))) {
                        boolean heading = !line.isBlank() && line.equals(line.toUpperCase());
                        PDType1Font font = heading ? bold : regular;
                        out.beginText();
                        out.setFont(font, 9);
                        out.newLineAtOffset(40, y);
                        out.showText(encodable(font, line));
                        out.endText();
                        y -= 13;
                    }
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line with characters the standard font cannot show replaced by '-'. */
    private static String encodable(PDType1Font font, String line) {
        StringBuilder out = new StringBuilder();
        line.codePoints().forEach(c -> {
            String ch = new String(Character.toChars(c));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append('-');
            }
        });
        return out.toString();
    }
}
