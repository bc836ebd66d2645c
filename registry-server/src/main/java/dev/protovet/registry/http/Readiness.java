package dev.protovet.registry.http;

import dev.protovet.registry.core.Transactions;
import io.javalin.http.Context;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code GET /health/ready}: 200 when the database answers a query, 503 when it does not, within a second either
 * way (a database that hangs must not hang the probe that is meant to notice it).
 */
final class Readiness implements AutoCloseable {
    private static final long DEADLINE_MILLIS = 900;
    private final Transactions tx;
    private final ExecutorService probes = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "protovet-readiness");
        t.setDaemon(true);
        return t;
    });

    Readiness(Transactions tx) {
        this.tx = tx;
    }

    void answer(Context ctx) {
        boolean up;
        try {
            up = CompletableFuture.supplyAsync(tx::reachable, probes).get(DEADLINE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            up = false;
        } catch (Exception e) {
            up = false;
        }
        ctx.status(up ? 200 : 503).json(up ? Map.of("status", "UP")
                : Map.of("status", "DOWN", "message", "the database does not answer"));
    }

    @Override
    public void close() {
        probes.shutdownNow();
    }
}
