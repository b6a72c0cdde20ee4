package dev.jobfit.resume.profile;

/** What a part of a resume is about. */
public enum ResumeSectionKind {
    CONTACT,
    SUMMARY,
    EDUCATION,
    EXPERIENCE,
    SKILLS,
    PROJECTS,
    PUBLICATIONS,
    AWARDS,
    AVAILABILITY,
    OTHER
}
