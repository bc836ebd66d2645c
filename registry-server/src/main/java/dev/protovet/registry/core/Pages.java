package dev.protovet.registry.core;

import java.util.List;

/** Confluent's paging of listings: skip {@code offset}, then at most {@code limit} (negative: no limit). */
public final class Pages {
    private Pages() {
    }

    public static <T> List<T> of(List<T> all, int offset, int limit) {
        int from = Math.min(Math.max(0, offset), all.size());
        int to = limit < 0 ? all.size() : (int) Math.min((long) from + limit, all.size());
        return all.subList(from, to);
    }
}
