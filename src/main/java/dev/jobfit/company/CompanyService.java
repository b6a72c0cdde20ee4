package dev.jobfit.company;

import dev.jobfit.web.PageRequest;
import dev.jobfit.web.PageResponse;
import dev.jobfit.web.ProblemException;
import dev.jobfit.web.ProblemType;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import dev.jobfit.time.Timestamps;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.exception.ConstraintViolationException;

/** Companies, their groups and their application policies. */
@ApplicationScoped
public class CompanyService {

    private final CompanyRepository companies;
    private final Event<CompanyChanged> changed;

    CompanyService(CompanyRepository companies, Event<CompanyChanged> changed) {
        this.companies = companies;
        this.changed = changed;
    }

    @Transactional(TxType.SUPPORTS)
    public PageResponse<CompanyView> list(String nameFragment, PageRequest page) {
        String fragment = nameFragment == null || nameFragment.isBlank() ? null : nameFragment;
        PanacheQuery<Company> query = companies.search(fragment, page.page, page.size);
        List<Company> items = query.list();
        Map<UUID, List<Company>> affiliates = companies
                .affiliatesOf(items.stream().map(c -> c.id).toList()).stream()
                .collect(Collectors.groupingBy(c -> c.group.id));
        List<CompanyView> views = items.stream()
                .map(c -> toView(c, affiliates.getOrDefault(c.id, List.of())))
                .toList();
        return new PageResponse<>(views, page.page, page.size, query.count());
    }

    @Transactional(TxType.SUPPORTS)
    public CompanyView get(UUID id) {
        Company company = find(id);
        return toView(company, companies.affiliatesOf(List.of(id)));
    }

    @Transactional
    public CompanyView create(CompanyRequest request) {
        Company company = new Company();
        company.id = UUID.randomUUID();
        apply(company, request);
        company.createdAt = company.updatedAt;
        companies.persist(company);
        flushUnique(company);
        changed.fire(new CompanyChanged(company.id));
        return toView(company, List.of());
    }

    @Transactional
    public CompanyView replace(UUID id, CompanyRequest request) {
        Company company = find(id);
        apply(company, request);
        flushUnique(company);
        changed.fire(new CompanyChanged(company.id));
        return toView(company, companies.affiliatesOf(List.of(id)));
    }

    private Company find(UUID id) {
        return companies.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("company", id));
    }

    private void apply(Company company, CompanyRequest request) {
        String key = CompanyNames.key(request.name());
        companies.findByNameKey(key)
                .filter(other -> !other.id.equals(company.id))
                .ifPresent(other -> {
                    throw duplicateName(request.name());
                });
        company.name = CompanyNames.display(request.name());
        company.nameKey = key;
        company.website = request.website();
        company.group = resolveGroup(company, request.groupId());
        ApplicationPolicy policy = request.applicationPolicy();
        company.maxApplications = policy == null ? null : policy.maxApplications();
        company.limitScope = policy == null ? null : policy.scope();
        company.consideredInOrder = policy != null && policy.consideredInOrder();
        company.withdrawalFreesSlot = policy != null && policy.withdrawalFreesSlot();
        company.updatedAt = Timestamps.now();
    }

    /** Groups are one level deep: a group is never itself an affiliate, so group chains cannot loop. */
    private Company resolveGroup(Company company, UUID groupId) {
        if (groupId == null) {
            return null;
        }
        if (groupId.equals(company.id)) {
            throw ProblemException.invalidField("groupId", "a company cannot be its own group");
        }
        Company group = companies.findByIdOptional(groupId)
                .orElseThrow(() -> ProblemException.invalidField("groupId", "no company with id " + groupId));
        if (group.group != null) {
            throw ProblemException.invalidField("groupId",
                    "'" + group.name + "' is itself an affiliate of '" + group.group.name + "'; use that group");
        }
        if (company.id != null && companies.hasAffiliates(company.id)) {
            throw ProblemException.invalidField("groupId",
                    "'" + company.name + "' has affiliates of its own and cannot join another group");
        }
        return group;
    }

    /** The unique index decides when two requests race for one name. */
    private void flushUnique(Company company) {
        try {
            companies.flush();
        } catch (ConstraintViolationException e) {
            throw duplicateName(company.name);
        }
    }

    private static ProblemException duplicateName(String name) {
        return new ProblemException(ProblemType.CONFLICT, "A company named '" + CompanyNames.display(name)
                + "' already exists.");
    }

    static CompanyView toView(Company company, List<Company> affiliates) {
        ApplicationPolicy own = EffectivePolicy.policyOf(company);
        ApplicationPolicy effective = EffectivePolicy.of(company).map(EffectivePolicy::policy).orElse(null);
        return new CompanyView(
                company.id,
                company.name,
                company.website,
                company.group == null ? null : new CompanyView.CompanyRef(company.group.id, company.group.name),
                affiliates.stream().map(a -> new CompanyView.CompanyRef(a.id, a.name)).toList(),
                own,
                effective,
                company.createdAt,
                company.updatedAt);
    }

}
