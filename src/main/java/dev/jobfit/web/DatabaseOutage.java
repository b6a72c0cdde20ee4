package dev.jobfit.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
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

    private final Config config;

    DatabaseOutage(Config config) {
        this.config = config;
    }

    /** How long clients are told to wait ({@code Retry-After}). */
    public Duration retryAfter() {
        return config.retryAfter();
    }

    /** Whether {@code failure}, or anything in its chain of causes, says the database cannot be reached. */
    public static boolean isCauseOf(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.size() < MAX_CAUSES && seen.put(t, true) == null; t = t.getCause()) {
            if (isConnectionFailure(t)) {
                return true;
            }
            if (t instanceof SQLException sql) {
                for (SQLException next = sql.getNextException(); next != null && seen.size() < MAX_CAUSES
                        && seen.put(next, true) == null; next = next.getNextException()) {
                    if (isConnectionFailure(next)) {
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
