package dev.jobfit.company;

import java.util.Optional;
import java.util.UUID;

/**
 * The application policy that governs a company's postings and the companies it counts over: the
 * group's policy when the company belongs to a group that has one, else the company's own. A limit
 * with scope COMPANY counts per company; COMPANY_GROUP and GLOBAL count over the whole group.
 *
 * @param policy the policy
 * @param ownerId the company whose postings the limit counts over together (the company or its group)
 * @param ownerName that company's name
 */
public record EffectivePolicy(ApplicationPolicy policy, UUID ownerId, String ownerName) {

    public static Optional<EffectivePolicy> of(Company company) {
        ApplicationPolicy own = policyOf(company);
        ApplicationPolicy group = company.group == null ? null : policyOf(company.group);
        ApplicationPolicy policy = group != null ? group : own;
        if (policy == null) {
            return Optional.empty();
        }
        Company root = CompanyGroup.rootOf(company);
        Company owner = policy.scope() == ApplicationLimitScope.COMPANY ? company : root;
        return Optional.of(new EffectivePolicy(policy, owner.id, owner.name));
    }

    static ApplicationPolicy policyOf(Company company) {
        if (company.limitScope == null) {
            return null;
        }
        return new ApplicationPolicy(company.maxApplications, company.limitScope, company.consideredInOrder,
                company.withdrawalFreesSlot);
    }
}
