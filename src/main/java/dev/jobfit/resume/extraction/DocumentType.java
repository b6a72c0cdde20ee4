package dev.jobfit.resume.extraction;

/** The kinds of uploaded documents jobfit reads. */
public enum DocumentType {
    PDF,
    DOCX,
    TEXT
}
