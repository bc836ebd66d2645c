package dev.protovet.registry.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry's database: a connection pool, migrated by Flyway to the newest schema before first use, and set up
 * so that a committed write is on disk before the registry answers: PostgreSQL with {@code synchronous_commit} on
 * for every connection; an H2 file database with no write delay and its file forced to disk after each write
 * ({@link #forceToDisk}).
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final boolean h2File;

    private Database(HikariDataSource dataSource, boolean h2File) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
        this.h2File = h2File;
    }

    /**
     * Opens and migrates the database at {@code url}. H2 runs in its PostgreSQL mode, so the same migrations and
     * queries serve both.
     */
    public static Database open(DatabaseSettings settings) {
        boolean postgres = settings.jdbcUrl().startsWith("jdbc:postgresql:");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setPoolName("protovet-registry");
        config.setInitializationFailTimeout(settings.startTimeoutMillis());
        // while the database is unreachable, a request waits this long for a connection, then fails with 503
        config.setConnectionTimeout(settings.connectionWaitMillis());
        config.setValidationTimeout(Math.min(1000, settings.connectionWaitMillis()));
        // every transaction is READ COMMITTED: set once per connection, not asked and set again per transaction
        // (PostgreSQL's driver asks the server each time: three round trips a request)
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        if (postgres) {
            // an operator may have turned it off for the server; an acknowledged registration must be on disk
            config.setConnectionInitSql("SET synchronous_commit TO on");
            config.addDataSourceProperty("connectTimeout", Math.max(1, settings.connectionWaitMillis() / 1000));
            config.addDataSourceProperty("tcpKeepAlive", true);
        }
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        Database database = new Database(dataSource, settings.jdbcUrl().startsWith("jdbc:h2:file:"));
        if (postgres) {
            database.warnIfFsyncIsOff();
        }
        return database;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /**
     * Forces what the handle's last transaction committed onto the disk, where the database does not do so at
     * commit itself: H2 writes its file at commit (no write delay) but leaves it in the operating system's cache.
     */
    public void forceToDisk(Handle handle) {
        if (h2File) {
            handle.execute("CHECKPOINT SYNC");
        }
    }

    private void warnIfFsyncIsOff() {
        try {
            String fsync = jdbi.withHandle(h -> h.createQuery("SHOW fsync").mapTo(String.class).one());
            if (!"on".equalsIgnoreCase(fsync)) {
                LOG.warn("PostgreSQL runs with fsync = {}: a crash of its machine can lose registrations the registry "
                        + "has acknowledged", fsync);
            }
        } catch (RuntimeException e) {
            LOG.debug("cannot read PostgreSQL's fsync setting", e);
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
