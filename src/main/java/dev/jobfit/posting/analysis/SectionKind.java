package dev.jobfit.posting.analysis;

/** What a part of a posting is about. */
public enum SectionKind {
    ABOUT_COMPANY,
    ABOUT_TEAM,
    ABOUT_ROLE,
    RESPONSIBILITIES,
    MINIMUM_QUALIFICATIONS,
    PREFERRED_QUALIFICATIONS,
    BENEFITS,
    APPLICATION_INFO,
    LEGAL,
    NAVIGATION,
    OTHER;

    /** Whether requirements are read from sections of this kind. */
    public boolean carriesRequirements() {
        return switch (this) {
            case ABOUT_ROLE, RESPONSIBILITIES, MINIMUM_QUALIFICATIONS, PREFERRED_QUALIFICATIONS, APPLICATION_INFO,
                 OTHER, ABOUT_TEAM -> true;
            case ABOUT_COMPANY, BENEFITS, LEGAL, NAVIGATION -> false;
        };
    }
}
