package dev.protovet.registry.core;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Weigher;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The registry's caches, each bounded by an estimate of the memory it holds rather than by entry count, so a
 * registry of many large schemas stays within its heap; every cache counts hits and misses for {@code /metrics}.
 */
public final class Caches {
    private final Limits limits;
    private final Map<String, Cache<?, ?>> all = new LinkedHashMap<>();

    /** How many bytes each cache may hold (estimated): stored schemas, compiled schemas and codecs, HTTP answers. */
    public record Limits(long schemaBytes, long compiledBytes, long answerBytes) {
        public static final long MB = 1024 * 1024;

        public static Limits defaults() {
            // with codecs and compiled requests (a quarter of the compiled budget each): about 128 MB in all
            return new Limits(16 * MB, 64 * MB, 16 * MB);
        }
    }

    public Caches(Limits limits) {
        this.limits = limits;
    }

    public Limits limits() {
        return limits;
    }

    /** A new cache called {@code name}, holding at most {@code maxBytes} as {@code weigher} estimates them. */
    public synchronized <K, V> Cache<K, V> create(String name, long maxBytes, Weigher<K, V> weigher) {
        Cache<K, V> cache = Caffeine.newBuilder().maximumWeight(maxBytes).weigher(weigher).recordStats().build();
        all.put(name, cache);
        return cache;
    }

    /** Every cache by name, for metrics. */
    public synchronized Map<String, Cache<?, ?>> all() {
        return Map.copyOf(all);
    }
}
