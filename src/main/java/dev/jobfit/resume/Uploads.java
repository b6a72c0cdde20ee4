package dev.jobfit.resume;

import dev.jobfit.web.ProblemException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Locale;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The one way resources read an uploaded resume: in memory, its type decided later by content. */
public final class Uploads {

    private Uploads() {
    }

    /**
     * An uploaded file's bytes.
     *
     * @param content the bytes
     * @param declaredPdf whether the client called it a PDF (by type or name); only breaks ties in sniffing
     */
    public record Upload(byte[] content, boolean declaredPdf) {
    }

    /** The multipart part named {@code file}; a missing part is a validation failure. */
    public static FileUpload required(FileUpload file) {
        if (file == null) {
            throw ProblemException.invalidField("file", "attach the resume as the multipart part named 'file'");
        }
        return file;
    }

    /**
     * Reads the multipart part named {@code file}; a missing part is a validation failure. Quarkus has
     * streamed the part to a private temporary file, deleted when the request ends.
     */
    public static Upload read(FileUpload file) {
        required(file);
        try {
            byte[] content = Files.readAllBytes(file.uploadedFile());
            String type = file.contentType() == null ? "" : file.contentType().toLowerCase(Locale.ROOT);
            String name = file.fileName() == null ? "" : file.fileName().toLowerCase(Locale.ROOT);
            return new Upload(content, type.contains("pdf") || name.endsWith(".pdf"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
