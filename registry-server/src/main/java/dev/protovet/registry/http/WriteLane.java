package dev.protovet.registry.http;

import dev.protovet.registry.core.RegistryException;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where registrations, deletes and compatibility checks run: a few threads of their own, so that however many
 * clients write at once, the server's request threads stay free for reads (every Kafka consumer's cache miss) and
 * the checks' CPU use is bounded. A request waiting here holds no request thread and no database connection.
 */
final class WriteLane implements AutoCloseable {
    private static final int QUEUED = 2_000;
    private final ThreadPoolExecutor executor;

    WriteLane(int threads) {
        AtomicInteger n = new AtomicInteger();
        executor = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUED),
                r -> {
                    Thread t = new Thread(r, "protovet-write-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /** {@code handler}, run in the lane; 429 when the lane's queue is full. */
    Handler of(Handler handler) {
        return ctx -> {
            try {
                ctx.async(config -> config.executor = executor, () -> handler.handle(ctx));
            } catch (RejectedExecutionException e) {
                throw tooBusy();
            }
        };
    }

    private static RegistryException tooBusy() {
        return new RegistryException(429, 42901, "Too many registrations and checks are waiting (" + QUEUED
                + "); try again shortly");
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
