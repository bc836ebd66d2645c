package dev.protovet.registry.http;

import dev.protovet.registry.core.Caches;
import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** Prometheus metrics: the JVM's, and one timer per route, method and status. */
final class Metrics {
    private static final String STARTED = "protovet.started";
    // one timer per route, method and status; looked up by key on every request, so kept rather than rebuilt
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();
    private final MeterRegistry registry;

    Metrics(MeterRegistry registry) {
        this.registry = registry;
        bind(registry);
    }

    private static void bind(MeterRegistry registry) {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        @SuppressWarnings("resource")
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
    }

    /** Size, hits, misses and evictions of each of the registry's caches, tagged with its name. */
    void bindCaches(Caches caches) {
        caches.all().forEach((name, cache) -> CaffeineCacheMetrics.monitor(registry, cache, name));
    }

    static void start(Context ctx) {
        ctx.attribute(STARTED, System.nanoTime());
    }

    void record(Context ctx) {
        Long started = ctx.attribute(STARTED);
        if (started == null) {
            return;
        }
        String route = Requests.route(ctx);
        String uri = route.isEmpty() ? "UNMATCHED" : route;
        timer(ctx.method().name(), ctx.statusCode(), uri).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }

    /** The timer of one route, method and status. */
    Timer timer(String method, int status, String uri) {
        return timers.computeIfAbsent(method + ' ' + status + ' ' + uri, k -> Timer.builder("http.server.requests")
                .tag("method", method).tag("uri", uri).tag("status", Integer.toString(status))
                .register(registry));
    }
}
