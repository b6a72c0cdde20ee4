package dev.jobfit.company;

import java.util.Locale;

/** Normalisation of company names for uniqueness and search. */
final class CompanyNames {

    private CompanyNames() {
    }

    /** Trimmed, whitespace collapsed, lower case: "  Northwind   Video " and "northwind video" are one name. */
    static String key(String name) {
        return display(name).toLowerCase(Locale.ROOT);
    }

    /** Trimmed, with runs of whitespace collapsed to one space. */
    static String display(String name) {
        return name.strip().replaceAll("\\s+", " ");
    }

    /** Escapes LIKE wildcards so a search for "50%" finds the literal text. */
    static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
