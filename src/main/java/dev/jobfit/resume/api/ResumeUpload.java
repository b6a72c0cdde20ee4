package dev.jobfit.resume.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** A resume uploaded as a file: the {@code multipart/form-data} body of the resume operations. */
@Schema(name = "ResumeUpload", description = "A resume uploaded as a file.")
public class ResumeUpload {

    /** The resume: PDF, DOCX or plain text, recognised by its content. */
    @RestForm("file")
    @Schema(type = SchemaType.STRING, format = "binary", required = true,
            description = "The resume: PDF, DOCX or plain text (recognised by its content), at most 10 MB.")
    public FileUpload file;
}
