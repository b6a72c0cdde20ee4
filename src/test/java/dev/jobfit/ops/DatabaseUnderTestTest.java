package dev.jobfit.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Guards the two-database test setup: a run meant for PostgreSQL ({@code -Ppostgresql}) really talks to
 * PostgreSQL, and the default run to H2, so a misconfiguration cannot pass silently on the wrong one.
 */
@QuarkusTest
class DatabaseUnderTestTest {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @Test
    void testsRunOnTheDatabaseTheBuildWasMadeFor() throws SQLException {
        String expected = System.getProperty("jobfit.db-kind", "h2");
        assertThat(dbKind).isEqualTo(expected);
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            assertThat(product).contains(expected.equals("postgresql") ? "postgresql" : "h2");
        }
    }
}
