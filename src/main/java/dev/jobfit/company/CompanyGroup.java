package dev.jobfit.company;

import java.util.UUID;

/** Company groups are one level deep: a company belongs to its group, a stand-alone company or a group to itself. */
public final class CompanyGroup {

    private CompanyGroup() {
    }

    /** The group a company belongs to: its group, or itself when it is a group or stands alone. */
    public static Company rootOf(Company company) {
        return company.group != null ? company.group : company;
    }

    /** Whether two companies are in the same group (a company is in its own). */
    public static boolean same(Company a, Company b) {
        UUID rootA = rootOf(a).id;
        return rootA != null && rootA.equals(rootOf(b).id);
    }
}
