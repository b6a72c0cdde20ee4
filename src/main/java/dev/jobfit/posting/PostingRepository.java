package dev.jobfit.posting;

import dev.jobfit.posting.analysis.EmploymentType;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class PostingRepository implements PanacheRepositoryBase<Posting, UUID> {

    /** Postings matching every given filter (null filters are ignored), newest first. */
    public PanacheQuery<Posting> search(PostingFilter filter, int page, int size) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.status() != null) {
            conditions.add("status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.employmentType() != null) {
            conditions.add("employmentType = :type");
            parameters.and("type", filter.employmentType());
        }
        if (filter.companyId() != null) {
            conditions.add("(company.id = :companyId or company.group.id = :companyId)");
            parameters.and("companyId", filter.companyId());
        }
        if (filter.company() != null) {
            conditions.add("lower(companyName) like :company escape '\\'");
            parameters.and("company", "%" + like(filter.company()) + "%");
        }
        if (filter.query() != null) {
            conditions.add("(lower(title) like :q escape '\\' or lower(companyName) like :q escape '\\')");
            parameters.and("q", "%" + like(filter.query()) + "%");
        }
        Sort sort = Sort.descending("createdAt").and("id");
        String where = String.join(" and ", conditions);
        PanacheQuery<Posting> query = conditions.isEmpty() ? findAll(sort) : find(where, sort, parameters);
        return query.page(Page.of(page, size));
    }

    private static String like(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The filters of the postings list. */
    /**
     * A version stamp of every stored posting: it changes whenever the posting, its company or the
     * company's group changes. One query, for caches that must notice changes made by other replicas.
     */
    public Map<UUID, String> versionStamps() {
        List<Object[]> rows = getEntityManager().createQuery(
                "select p.id, p.version, c.version, g.version from Posting p left join p.company c left join c.group g",
                Object[].class).getResultList();
        Map<UUID, String> stamps = new HashMap<>(rows.size() * 2);
        for (Object[] row : rows) {
            stamps.put((UUID) row[0], row[1] + "/" + row[2] + "/" + row[3]);
        }
        return stamps;
    }

    /** The postings with their company and its group, in one query. */
    public List<Posting> withCompanies(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery(
                "select p from Posting p left join fetch p.company c left join fetch c.group where p.id in :ids", Posting.class)
                .setParameter("ids", ids).getResultList();
    }

    public record PostingFilter(Posting.Status status, EmploymentType employmentType, UUID companyId, String company,
                                String query) {
    }
}
