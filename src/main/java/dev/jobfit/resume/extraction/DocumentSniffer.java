package dev.jobfit.resume.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What an upload is, judged by its content, never by its name or declared type: PDF by its header,
 * DOCX by a zip archive holding word/document.xml, text by decoding as UTF-8 without control bytes.
 */
public final class DocumentSniffer {

    private static final int MAX_ZIP_ENTRIES_SCANNED = 200;

    private DocumentSniffer() {
    }

    public static Optional<DocumentType> detect(byte[] content) {
        if (startsWithPdfHeader(content)) {
            return Optional.of(DocumentType.PDF);
        }
        if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            return isDocx(content) ? Optional.of(DocumentType.DOCX) : Optional.empty();
        }
        return isText(content) ? Optional.of(DocumentType.TEXT) : Optional.empty();
    }

    /** "%PDF-" within the first kilobyte, where readers accept it. */
    static boolean startsWithPdfHeader(byte[] content) {
        int limit = Math.min(content.length - 5, 1024);
        for (int i = 0; i <= limit; i++) {
            if (content[i] == '%' && content[i + 1] == 'P' && content[i + 2] == 'D' && content[i + 3] == 'F' && content[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }

    private static boolean isDocx(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int scanned = 0;
            while ((entry = zip.getNextEntry()) != null && scanned++ < MAX_ZIP_ENTRIES_SCANNED) {
                if (entry.getName().equals("word/document.xml")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false; // IllegalArgumentException: an entry name that is not valid UTF-8
        }
    }

    private static boolean isText(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            long control = text.chars().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
            return control <= text.length() / 100;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
