package dev.jobfit.company;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CompanyRepository implements PanacheRepositoryBase<Company, UUID> {

    /** The company with this name, compared regardless of case and spacing. */
    public Optional<Company> findByName(String name) {
        return findByNameKey(CompanyNames.key(name));
    }

    public Optional<Company> findByNameKey(String nameKey) {
        return find("nameKey", nameKey).firstResultOptional();
    }

    /** Companies whose name contains {@code nameFragment} (any case), by name; all when it is null. */
    public PanacheQuery<Company> search(String nameFragment, int page, int size) {
        Sort sort = Sort.by("nameKey").and("id");
        PanacheQuery<Company> query = nameFragment == null
                ? findAll(sort)
                : find("nameKey like :pattern escape '\\'", sort,
                        Parameters.with("pattern", "%" + CompanyNames.likeEscape(CompanyNames.key(nameFragment)) + "%"));
        return query.page(Page.of(page, size));
    }

    /** The affiliates of the given groups, in one query. */
    public List<Company> affiliatesOf(Collection<UUID> groupIds) {
        if (groupIds.isEmpty()) {
            return List.of();
        }
        return list("group.id in ?1", Sort.by("nameKey").and("id"), groupIds);
    }

    public boolean hasAffiliates(UUID groupId) {
        return count("group.id", groupId) > 0;
    }
}
