package dev.protovet.registry.store;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the registry keeps its data and how it connects: the pool's size, how long start-up waits for the
 * database, and how long a request waits for a connection before it fails (503) while the database is away.
 */
public record DatabaseSettings(String jdbcUrl, String user, String password, int poolSize, long startTimeoutMillis,
                               long connectionWaitMillis) {
    private static final long START_TIMEOUT_MILLIS = 10_000;
    private static final long CONNECTION_WAIT_MILLIS = 2_000;

    /** The embedded default: an H2 file database under {@code directory}, in PostgreSQL mode. */
    public static DatabaseSettings embedded(Path directory) {
        String file = directory.toAbsolutePath().resolve("registry").toString().replace('\\', '/');
        return new DatabaseSettings(h2Url("file:" + file), "sa", "", 8, START_TIMEOUT_MILLIS, CONNECTION_WAIT_MILLIS);
    }

    /** A private in-memory H2 database that lives as long as the pool (for tests). */
    public static DatabaseSettings inMemory(String name) {
        return new DatabaseSettings(h2Url("mem:" + name), "sa", "", 8, START_TIMEOUT_MILLIS, CONNECTION_WAIT_MILLIS);
    }

    /** A database given by JDBC URL; H2 URLs get PostgreSQL mode (and file ones no write delay) added. */
    public static DatabaseSettings of(String jdbcUrl, String user, String password) {
        String url = jdbcUrl;
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            url = jdbcUrl.toUpperCase(Locale.ROOT).contains("MODE=") ? jdbcUrl : h2Url(jdbcUrl.substring("jdbc:h2:".length()));
            if (url.startsWith("jdbc:h2:file:") && !url.toUpperCase(Locale.ROOT).contains("WRITE_DELAY=")) {
                url += ";WRITE_DELAY=0";
            }
            if (!url.toUpperCase(Locale.ROOT).contains("OPTIMIZE_REUSE_RESULTS=")) {
                url += FRESH_RESULTS;
            }
        }
        return new DatabaseSettings(url, user, password, 16, START_TIMEOUT_MILLIS, CONNECTION_WAIT_MILLIS);
    }

    /** The same database, with another pool size. */
    public DatabaseSettings withPoolSize(int size) {
        return new DatabaseSettings(jdbcUrl, user, password, size, startTimeoutMillis, connectionWaitMillis);
    }

    /**
     * H2 otherwise answers a query repeated in a transaction from its earlier result, although another transaction
     * has committed since: a registration that waited for a lock would not see the same schema registered meanwhile.
     */
    private static final String FRESH_RESULTS = ";OPTIMIZE_REUSE_RESULTS=FALSE";

    private static String h2Url(String target) {
        // a committed transaction is written to the file at once, not up to half a second later (H2's default)
        String durability = target.startsWith("file:") && !target.toUpperCase(Locale.ROOT).contains("WRITE_DELAY=")
                ? ";WRITE_DELAY=0" : "";
        return "jdbc:h2:" + target + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" + durability + FRESH_RESULTS;
    }
}
