package dev.jobfit.posting.analysis;

/** Why a part of a posting was deliberately not read for requirements. */
public enum IgnoredReason {
    NAVIGATION,
    LINK_FARM,
    BENEFITS,
    TRACKING_WIDGET,
    STATISTICS,
    LEGAL,
    COOKIE_BANNER,
    COMPANY_NEWS
}
