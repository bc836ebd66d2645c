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
 * A few threads of their own for one kind of slow request: registrations, deletes and compatibility checks (CPU),
 * or listings of every subject or schema (large answers). However many such requests arrive at once, the server's
 * request threads stay free for the quick reads (every Kafka consumer's cache miss), and the slow ones' use of CPU
 * and connections is bounded. A request waiting here holds no request thread and no database connection.
 */
final class Lane implements AutoCloseable {
    private static final int QUEUED = 2_000;
    private final String name;
    private final ThreadPoolExecutor executor;

    Lane(String name, int threads) {
        this.name = name;
        AtomicInteger n = new AtomicInteger();
        executor = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUED),
                r -> {
                    Thread t = new Thread(r, "protovet-" + name + "-" + n.incrementAndGet());
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

    private RegistryException tooBusy() {
        return new RegistryException(429, 42901, "Too many " + name + " requests are waiting (" + QUEUED
                + "); try again shortly");
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
