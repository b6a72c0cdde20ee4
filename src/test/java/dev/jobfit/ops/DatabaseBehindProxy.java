package dev.jobfit.ops;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.net.URI;
import java.sql.SQLException;
import java.util.Map;
import org.h2.tools.Server;

/**
 * Puts the test database behind a {@link DatabaseProxy} and points the service's datasource at the proxy.
 * On PostgreSQL ({@code -Ppostgresql}) the proxy forwards to the configured server, which is never stopped;
 * on the default in-memory H2 an H2 TCP server (loopback only, random port) is started in the test JVM to
 * hold the database. The test gets the proxy in its field of type {@link DatabaseProxy}.
 */
public class DatabaseBehindProxy implements QuarkusTestResourceLifecycleManager {

    private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    private Server h2;
    private DatabaseProxy proxy;

    @Override
    public Map<String, String> start() {
        String configured = System.getProperty("jobfit.test.jdbc-url", "jdbc:h2:mem:jobfit-test");
        try {
            String url;
            if (configured.startsWith("jdbc:postgresql://")) {
                URI server = URI.create(configured.substring("jdbc:".length()));
                if (!server.getHost().equals("127.0.0.1") && !server.getHost().equals("localhost")) {
                    throw new IllegalStateException("the outage test only proxies a database on loopback: " + configured);
                }
                proxy = new DatabaseProxy(server.getPort() < 0 ? 5432 : server.getPort());
                url = "jdbc:postgresql://127.0.0.1:" + proxy.port() + server.getRawPath()
                        + (server.getRawQuery() == null ? "" : "?" + server.getRawQuery());
            } else {
                // Loopback only: h2.bindAddress=127.0.0.1 (pom.xml), and no -tcpAllowOthers.
                h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
                proxy = new DatabaseProxy(h2.getPort());
                url = "jdbc:h2:tcp://127.0.0.1:" + proxy.port() + "/mem:jobfit-outage" + H2_OPTIONS;
            }
            return Map.of("quarkus.datasource.jdbc.url", url);
        } catch (java.io.IOException | SQLException e) {
            throw new IllegalStateException("cannot put the test database behind a proxy", e);
        }
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(proxy, new TestInjector.MatchesType(DatabaseProxy.class));
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.close();
        }
        if (h2 != null) {
            h2.stop();
        }
    }
}
