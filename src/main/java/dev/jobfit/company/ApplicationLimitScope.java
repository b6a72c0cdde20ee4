package dev.jobfit.company;

/** Over which postings an application limit counts. */
public enum ApplicationLimitScope {
    /** Postings of the one company. */
    COMPANY,
    /** Postings of the company's whole group: the group and all its affiliates. */
    COMPANY_GROUP,
    /** Every posting of the group worldwide, whatever the region or affiliate says. */
    GLOBAL
}
