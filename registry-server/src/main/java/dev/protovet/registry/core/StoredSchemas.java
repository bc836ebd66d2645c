package dev.protovet.registry.core;

import com.github.benmanes.caffeine.cache.Cache;
import dev.protovet.registry.model.SchemaKey;
import dev.protovet.registry.model.StoredSchema;
import dev.protovet.registry.store.Stores;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Schemas by id as stored. An id never changes what it names and is never removed, so a read one is kept. */
public final class StoredSchemas {
    private final Transactions tx;
    private final Cache<Integer, StoredSchema> byId;

    public StoredSchemas(Transactions tx, Caches caches) {
        this.tx = tx;
        this.byId = caches.create("stored_schemas", caches.limits().schemaBytes(), (id, s) -> weight(s));
    }

    /** The schema clients call {@code key}; 40403 when there is none. */
    public StoredSchema get(SchemaKey key) {
        if (key.defaultContext()) {
            StoredSchema cached = key.id() > 0 ? byId.getIfPresent(key.id()) : null;
            if (cached != null) {
                return cached;
            }
        }
        return tx.read(s -> get(s, key));
    }

    /** The same, read through a request's own handle. */
    StoredSchema get(Stores stores, SchemaKey key) {
        int row = stores.schemas().rowOf(key).orElseThrow(() -> notFound(key));
        return get(stores, row);
    }

    /** The schema of row {@code id} (a subject's version names its schema by row). */
    StoredSchema get(Stores stores, int id) {
        StoredSchema cached = byId.getIfPresent(id);
        if (cached != null) {
            return cached;
        }
        StoredSchema stored = stores.schemas().get(id)
                .orElseThrow(() -> RegistryException.schemaNotFound("Schema " + id + " not found"));
        byId.put(id, stored);
        return stored;
    }

    static RegistryException notFound(SchemaKey key) {
        return RegistryException.schemaNotFound("Schema " + key.id() + " not found"
                + (key.defaultContext() ? "" : " in context " + key.context()));
    }

    /** The schemas of these ids, those not cached read together. */
    Map<Integer, StoredSchema> getAll(Stores stores, Collection<Integer> ids) {
        Map<Integer, StoredSchema> out = new HashMap<>(byId.getAllPresent(ids));
        List<Integer> missing = ids.stream().filter(id -> !out.containsKey(id)).distinct().toList();
        Map<Integer, StoredSchema> read = stores.schemas().getAll(missing);
        byId.putAll(read);
        out.putAll(read);
        return out;
    }

    private static int weight(StoredSchema s) {
        long bytes = 64L + 2L * s.text().length() + 96L * s.references().size()
                + (s.contract().metadata() == null ? 0 : 2L * s.contract().metadata().length())
                + (s.contract().ruleSet() == null ? 0 : 2L * s.contract().ruleSet().length());
        return (int) Math.min(Integer.MAX_VALUE, bytes);
    }
}
