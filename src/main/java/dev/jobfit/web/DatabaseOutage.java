package dev.jobfit.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.hibernate.JDBCException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a failure caused by the database being out of reach (connection refused or broken, no connection
 * free within the pool's acquisition timeout) from a defect. Such a request is answered 503 with
 * {@code Retry-After} instead of 500: nothing is wrong with it, and the same request succeeds once the
 * database is back. The transaction of the failed request rolled back, so nothing of it was written.
 */
@ApplicationScoped
public class DatabaseOutage {

    /** How clients are told to wait. */
    @ConfigMapping(prefix = "jobfit.database")
    public interface Config {
        /** Retry-After of a 503 answered while the database is out of reach. */
        @WithDefault("10s")
        Duration retryAfter();
    }

    /** SQLState class 08: connection exception (SQL:2016, used by PostgreSQL and H2). */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    /** H2's own code for a broken connection ("Connection is broken"). */
    private static final String H2_CONNECTION_BROKEN = "90067";
    /** What Agroal's pool says when no connection could be had within the acquisition timeout. */
    private static final String ACQUISITION_TIMEOUT = "acquisition timeout";
    private static final int MAX_CAUSES = 32;

    /** How long the reachability probe waits for the database to answer a validity check. */
    private static final int PROBE_SECONDS = 2;

    private final Config config;
    private final DataSource dataSource;

    DatabaseOutage(Config config, DataSource dataSource) {
        this.config = config;
        this.dataSource = dataSource;
    }

    /**
     * Whether {@code failure} came from the database being out of reach: its chain says so, or it is a
     * database failure that does not say why and the database does not answer now. The second case is the
     * transaction manager's: when a broken connection cannot join the request's transaction, the pool reports
     * only "Exception in association of connection to existing transaction" over "Failed to enlist", the
     * driver's connection error lost on the way. Asking the database, not matching those words, keeps a real
     * enlistment defect a 500.
     */
    public boolean explains(Throwable failure) {
        return isCauseOf(failure) || (hasDatabaseFailure(failure) && !answersNow());
    }

    /** Whether a connection from the pool passes a validity check within {@value #PROBE_SECONDS} s. */
    boolean answersNow() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(PROBE_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }

    private static boolean hasDatabaseFailure(Throwable failure) {
        return anyInChain(failure, t -> t instanceof SQLException || t instanceof JDBCException);
    }

    /** How long clients are told to wait ({@code Retry-After}). */
    public Duration retryAfter() {
        return config.retryAfter();
    }

    /** Whether {@code failure}, or anything in its chain of causes, says the database cannot be reached. */
    public static boolean isCauseOf(Throwable failure) {
        return anyInChain(failure, DatabaseOutage::isConnectionFailure);
    }

    /**
     * Whether {@code test} holds for {@code failure}, a cause of it or an exception chained to one of them
     * as the next SQLException; each looked at once, at most {@value #MAX_CAUSES}.
     */
    private static boolean anyInChain(Throwable failure, Predicate<Throwable> test) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.size() < MAX_CAUSES && seen.put(t, true) == null; t = t.getCause()) {
            if (test.test(t)) {
                return true;
            }
            if (t instanceof SQLException sql) {
                for (SQLException next = sql.getNextException(); next != null && seen.size() < MAX_CAUSES
                        && seen.put(next, true) == null; next = next.getNextException()) {
                    if (test.test(next)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isConnectionFailure(Throwable t) {
        if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException || t instanceof SQLRecoverableException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith(CONNECTION_EXCEPTION_CLASS) || state.equals(H2_CONNECTION_BROKEN))) {
                return true;
            }
            String message = sql.getMessage();
            return message != null && message.toLowerCase(Locale.ROOT).contains(ACQUISITION_TIMEOUT);
        }
        return false;
    }
}
