package dev.protovet.registry.http;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.protovet.registry.store.DatabaseSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Databases for server tests: a private in-memory H2, or a fresh database on the PostgreSQL at 127.0.0.1:5432
 * (override with PROTOVET_TEST_POSTGRES_URL). Without PostgreSQL the PostgreSQL tests are skipped, except under
 * CI=true, where they fail: CI must not pass without them.
 */
public final class TestDatabases {
    private static final String ADMIN_URL = System.getenv().getOrDefault("PROTOVET_TEST_POSTGRES_URL",
            "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = System.getenv().getOrDefault("PROTOVET_TEST_POSTGRES_USER", "postgres");

    private TestDatabases() {
    }

    public static DatabaseSettings h2() {
        return DatabaseSettings.inMemory("registry-" + UUID.randomUUID());
    }

    /** A new, empty PostgreSQL database; {@link #dropPostgres} removes it. */
    public static DatabaseSettings postgres() {
        String name = "protovet_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(ADMIN_URL, USER, "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            String why = "PostgreSQL at " + ADMIN_URL + " is not reachable (" + e.getMessage() + "); start it with "
                    + "`pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`";
            if ("true".equals(System.getenv("CI"))) {
                fail(why);
            }
            assumeTrue(false, why);
        }
        return DatabaseSettings.of(ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + name, USER, "");
    }

    public static void dropPostgres(DatabaseSettings settings) {
        String name = settings.jdbcUrl().substring(settings.jdbcUrl().lastIndexOf('/') + 1);
        try (Connection c = DriverManager.getConnection(ADMIN_URL, USER, "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test database " + name, e);
        }
    }
}
