package dev.protovet.registry.core;

import dev.protovet.registry.store.Database;
import dev.protovet.registry.store.Stores;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * A request's database work: reads on one handle, writes in one transaction, so no request holds two pooled
 * connections. When the database cannot be reached the request fails as {@link RegistryException#storeUnavailable}
 * (503); a write whose commit was under way when the connection broke says that its outcome is unknown.
 */
public final class Transactions {
    private final Database database;
    private final Jdbi jdbi;

    public Transactions(Database database) {
        this.database = database;
        this.jdbi = database.jdbi();
    }

    /** Whether the database answers a query now (the readiness probe). */
    public boolean reachable() {
        try {
            return jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
        } catch (JdbiException e) {
            return false;
        }
    }

    /** Reads on one handle (no transaction of its own beyond the statements'). */
    public <T> T read(Function<Stores, T> work) {
        try {
            return jdbi.withHandle(h -> work.apply(Stores.on(h)));
        } catch (JdbiException e) {
            throw outage(e, false);
        }
    }

    /** Reads and writes in one READ COMMITTED transaction, committed and on disk before this returns. */
    public <T> T write(Function<Stores, T> work) {
        boolean[] workDone = {false};
        try {
            return jdbi.withHandle(h -> {
                // READ COMMITTED, as every pooled connection is (Database)
                T result = h.inTransaction(tx -> {
                    T done = work.apply(Stores.on(tx));
                    workDone[0] = true;
                    return done;
                });
                database.forceToDisk(h);
                return result;
            });
        } catch (JdbiException e) {
            // the work finished, so the failure came from the commit: the database may or may not have it
            throw outage(e, workDone[0]);
        }
    }

    private static RuntimeException outage(JdbiException e, boolean duringCommit) {
        if (!lostConnection(e)) {
            return e;
        }
        return duringCommit ? RegistryException.outcomeUnknown() : RegistryException.storeUnavailable();
    }

    /**
     * Whether a failure means the database is out of reach (no connection from the pool in time, a refused or
     * broken connection, a server shutting down), as opposed to a statement the database refused.
     */
    static boolean lostConnection(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof java.net.SocketException || t instanceof java.io.EOFException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                // 08: connection exception; 57P01-57P03: admin shutdown, crash shutdown, cannot connect now
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                    return true;
                }
                // the pool closed the connection under the request, having seen it fail (HikariCP gives no state)
                if (state == null && "Connection is closed".equals(sql.getMessage())) {
                    return true;
                }
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (lostConnection(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }
}
