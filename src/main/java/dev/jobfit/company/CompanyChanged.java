package dev.jobfit.company;

import java.util.UUID;

/**
 * A company was created or changed (name, group, application policy) in the current transaction. Fired by
 * {@link CompanyService}; caches of compiled postings observe it after the commit, since a posting's limit
 * follows its company's policy.
 */
public record CompanyChanged(UUID companyId) {
}
