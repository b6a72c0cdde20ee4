package dev.jobfit.security;

import java.util.List;

/**
 * The roles a bearer token carries in its {@code groups} claim. A candidate acts on their own data (their id
 * is the token's subject); a recruiter on the postings of their company's group (claim {@value #COMPANY_CLAIM});
 * an administrator on companies and on every posting.
 */
public final class Roles {

    public static final String CANDIDATE = "candidate";
    public static final String RECRUITER = "recruiter";
    public static final String ADMIN = "admin";

    /** Every role, in the order the documentation lists them. */
    public static final List<String> ALL = List.of(CANDIDATE, RECRUITER, ADMIN);

    /** The claim that holds a recruiter's company id. */
    public static final String COMPANY_CLAIM = "company";

    private Roles() {
    }
}
