package dev.jobfit.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The company table against the real database of the run (H2, or PostgreSQL with -Ppostgresql). */
@QuarkusTest
class CompanyRepositoryTest {

    @Inject
    CompanyRepository companies;

    private static Company company(String name) {
        Company company = new Company();
        company.id = UUID.randomUUID();
        company.name = name;
        company.nameKey = CompanyNames.key(name);
        company.createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        company.updatedAt = company.createdAt;
        return company;
    }

    @Test
    @TestTransaction
    void roundTripsEveryColumn() {
        Company group = company("Roundtrip Group " + UUID.randomUUID());
        companies.persist(group);
        Company affiliate = company("Roundtrip Affiliate " + UUID.randomUUID());
        affiliate.group = group;
        affiliate.website = "https://example.org/careers";
        affiliate.maxApplications = 2;
        affiliate.limitScope = ApplicationLimitScope.GLOBAL;
        affiliate.consideredInOrder = true;
        companies.persist(affiliate);
        companies.flush();
        companies.getEntityManager().clear();

        Company read = companies.findById(affiliate.id);
        assertThat(read.name).isEqualTo(affiliate.name);
        assertThat(read.group.id).isEqualTo(group.id);
        assertThat(read.website).isEqualTo("https://example.org/careers");
        assertThat(read.maxApplications).isEqualTo(2);
        assertThat(read.limitScope).isEqualTo(ApplicationLimitScope.GLOBAL);
        assertThat(read.consideredInOrder).isTrue();
        assertThat(read.withdrawalFreesSlot).isFalse();
        assertThat(read.createdAt.toInstant()).isEqualTo(affiliate.createdAt.toInstant());
        assertThat(read.version).isZero();
        assertThat(companies.affiliatesOf(java.util.List.of(group.id))).extracting(c -> c.id).containsExactly(affiliate.id);
    }

    @Test
    @TestTransaction
    void databaseRejectsTwoCompaniesWithTheSameNameKey() {
        String name = "Unique Name " + UUID.randomUUID();
        companies.persist(company(name));
        companies.flush();
        companies.persist(company(name.toUpperCase()));
        assertThatThrownBy(companies::flush).isInstanceOf(PersistenceException.class);
    }

    @Test
    @TestTransaction
    void databaseRejectsANonPositiveApplicationLimit() {
        Company company = company("Zero Limit " + UUID.randomUUID());
        company.maxApplications = 0;
        company.limitScope = ApplicationLimitScope.COMPANY;
        companies.persist(company);
        assertThatThrownBy(companies::flush).isInstanceOf(PersistenceException.class);
    }
}
