package dev.jobfit.resume;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Real documents written by the tests: PDFs with PDFBox, DOCX with Apache POI. */
public final class TestDocuments {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private TestDocuments() {
    }

    /** One column of lines; lines in capitals are set in bold, as resume headings often are. */
    public static byte[] pdf(List<String> lines) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                float y = 740;
                for (String line : lines) {
                    boolean heading = !line.isEmpty() && line.equals(line.toUpperCase());
                    write(out, heading ? BOLD : REGULAR, heading ? 12 : 10, 60, y, line);
                    y -= 16;
                }
            }
            return bytes(document);
        }
    }

    /** {@code pages} pages, each filled with the same lines, as a long resume (slow to read) would be. */
    public static byte[] longPdf(List<String> lines, int pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                document.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                    float y = 750;
                    for (int i = 0; y > 40; i++, y -= 14) {
                        write(out, REGULAR, 9, 40, y, lines.get(i % lines.size()));
                    }
                }
            }
            return bytes(document);
        }
    }

    /** A full-width header, then two columns side by side. */
    public static byte[] twoColumnPdf(String header, List<String> left, List<String> right) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                write(out, BOLD, 16, 60, 740, header);
                float y = 700;
                for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
                    if (i < left.size()) {
                        write(out, REGULAR, 10, 50, y, left.get(i));
                    }
                    if (i < right.size()) {
                        write(out, REGULAR, 10, 330, y, right.get(i));
                    }
                    y -= 15;
                }
            }
            return bytes(document);
        }
    }

    public static byte[] encryptedPdf(List<String> lines, String userPassword) throws IOException {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf(lines))) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return bytes(document);
        }
    }

    /** A page with shapes but no text, as a scanned resume has. */
    public static byte[] imageOnlyPdf() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                for (int i = 0; i < 40; i++) {
                    out.addRect(50, 700 - i * 15, 300 + (i % 5) * 20, 8);
                }
                out.fill();
            }
            return bytes(document);
        }
    }

    public static byte[] manyPagesPdf(int pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage(PDRectangle.LETTER));
            }
            return bytes(document);
        }
    }

    /**
     * One page whose content stream repeats {@code operators} {@code times} times between BT and ET,
     * Flate-compressed as editors write it, so the file is small but the stream decodes to
     * {@code operators.length() * times} bytes. {@code /F1} in the operators names Helvetica.
     */
    public static byte[] hugePageStreamPdf(String operators, int times) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), REGULAR);
            page.setResources(resources);
            PDStream stream = new PDStream(document);
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                out.write("BT /F1 9 Tf 40 750 Td 11 TL\n".getBytes(StandardCharsets.US_ASCII));
                byte[] chunk = operators.repeat(1000).getBytes(StandardCharsets.US_ASCII);
                for (int i = 0; i < times / 1000; i++) {
                    out.write(chunk);
                }
                out.write("ET\n".getBytes(StandardCharsets.US_ASCII));
            }
            page.setContents(stream);
            document.addPage(page);
            return bytes(document);
        }
    }

    public static byte[] docx(List<String> paragraphs) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String paragraph : paragraphs) {
                XWPFRun run = document.createParagraph().createRun();
                run.setText(paragraph);
                run.setBold(!paragraph.isEmpty() && paragraph.equals(paragraph.toUpperCase()));
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    /** A zip that looks like a DOCX but inflates word/document.xml to {@code inflatedBytes} of zeros. */
    public static byte[] docxZipBomb(long inflatedBytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes());
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written < inflatedBytes; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void write(PDPageContentStream out, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }

    private static byte[] bytes(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
