package dev.jobfit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;

/**
 * Which failures are outages: those whose chain says the database is out of reach, and database failures
 * that do not say why while the database does not answer. The second kind is what a broken pooled
 * connection gives when it cannot join the request's transaction.
 */
class DatabaseOutageExplainsTest {

    /** What the pool throws when enlisting a connection fails; the transaction manager keeps no cause. */
    private static final SQLException ENLISTMENT = new SQLException(
            "Exception in association of connection to existing transaction", new IllegalStateException("Failed to enlist"));

    @Test
    void anEnlistmentFailureIsAnOutageWhenTheDatabaseDoesNotAnswer() {
        assertThat(outage(Database.BROKEN).explains(wrapped(ENLISTMENT))).isTrue();
        assertThat(outage(Database.REFUSING).explains(wrapped(ENLISTMENT))).isTrue();
    }

    @Test
    void anEnlistmentFailureIsADefectWhenTheDatabaseAnswers() {
        assertThat(outage(Database.UP).explains(wrapped(ENLISTMENT))).isFalse();
    }

    @Test
    void aConnectionFailureInTheChainNeedsNoProbe() {
        Database database = Database.UP;
        DatabaseOutage outage = outage(database);
        assertThat(outage.explains(wrapped(new SQLTransientConnectionException("Acquisition timeout while waiting for new connection"))))
                .isTrue();
        assertThat(database.probes.get()).isZero();
    }

    @Test
    void aFailureWithoutTheDatabaseInItIsNeverProbed() {
        Database database = Database.BROKEN;
        assertThat(outage(database).explains(new IllegalStateException("a bug"))).isFalse();
        assertThat(database.probes.get()).isZero();
    }

    private static RuntimeException wrapped(SQLException cause) {
        return new IllegalStateException("request failed", new GenericJDBCException("Unable to acquire JDBC Connection", cause));
    }

    private static DatabaseOutage outage(Database database) {
        database.probes.set(0);
        return new DatabaseOutage(() -> Duration.ofSeconds(10), database.dataSource());
    }

    /** A database as the probe finds it: answering, handing out broken connections, or refusing them. */
    private enum Database {
        UP, BROKEN, REFUSING;

        final AtomicInteger probes = new AtomicInteger();

        DataSource dataSource() {
            return new DataSource() {
                @Override
                public Connection getConnection() throws SQLException {
                    probes.incrementAndGet();
                    if (Database.this == REFUSING) {
                        throw new SQLException("Connection refused", "08001");
                    }
                    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                            new Class<?>[] {Connection.class}, (proxy, method, args) -> switch (method.getName()) {
                                case "isValid" -> Database.this == UP;
                                case "close" -> null;
                                default -> throw new UnsupportedOperationException(method.getName());
                            });
                }

                @Override
                public Connection getConnection(String user, String password) throws SQLException {
                    return getConnection();
                }

                @Override
                public PrintWriter getLogWriter() {
                    return null;
                }

                @Override
                public void setLogWriter(PrintWriter out) {
                }

                @Override
                public void setLoginTimeout(int seconds) {
                }

                @Override
                public int getLoginTimeout() {
                    return 0;
                }

                @Override
                public Logger getParentLogger() {
                    return Logger.getGlobal();
                }

                @Override
                public <T> T unwrap(Class<T> type) throws SQLException {
                    throw new SQLException("not a wrapper");
                }

                @Override
                public boolean isWrapperFor(Class<?> type) {
                    return false;
                }
            };
        }
    }
}
