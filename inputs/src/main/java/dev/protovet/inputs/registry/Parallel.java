package dev.protovet.inputs.registry;

import dev.protovet.engine.InputException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * A few requests in flight at once, so a copy of a large registry waits on round trips less: {@link #map} keeps the
 * order of its input, and the first failure (an {@link InputException} naming the URL) is the one reported.
 */
final class Parallel implements AutoCloseable {
    /** Requests in flight: enough to hide loopback and LAN round trips, few enough not to crowd a registry. */
    static final int REQUESTS = 8;
    private final ExecutorService executor = Executors.newFixedThreadPool(REQUESTS, r -> {
        Thread t = new Thread(r, "protovet-copy");
        t.setDaemon(true);
        return t;
    });

    <T, R> List<R> map(List<T> items, Function<T, R> work) {
        List<Future<R>> futures = new ArrayList<>(items.size());
        for (T item : items) {
            futures.add(executor.submit(() -> work.apply(item)));
        }
        List<R> out = new ArrayList<>(items.size());
        try {
            for (Future<R> future : futures) {
                out.add(future.get());
            }
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            futures.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return out;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
