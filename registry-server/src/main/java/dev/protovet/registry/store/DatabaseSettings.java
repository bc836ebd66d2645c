package dev.protovet.registry.store;

import java.nio.file.Path;

/** Where the registry keeps its data and how it connects. */
public record DatabaseSettings(String jdbcUrl, String user, String password, int poolSize, long connectTimeoutMillis) {

    /** The embedded default: an H2 file database under {@code directory}, in PostgreSQL mode. */
    public static DatabaseSettings embedded(Path directory) {
        String file = directory.toAbsolutePath().resolve("registry").toString().replace('\\', '/');
        return new DatabaseSettings(h2Url("file:" + file), "sa", "", 8, 10_000);
    }

    /** A private in-memory H2 database that lives as long as the pool (for tests). */
    public static DatabaseSettings inMemory(String name) {
        return new DatabaseSettings(h2Url("mem:" + name), "sa", "", 8, 10_000);
    }

    /** A database given by JDBC URL; H2 URLs get PostgreSQL mode added. */
    public static DatabaseSettings of(String jdbcUrl, String user, String password) {
        String url = jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.toUpperCase().contains("MODE=")
                ? h2Url(jdbcUrl.substring("jdbc:h2:".length())) : jdbcUrl;
        return new DatabaseSettings(url, user, password, 16, 10_000);
    }

    private static String h2Url(String target) {
        return "jdbc:h2:" + target + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }
}
