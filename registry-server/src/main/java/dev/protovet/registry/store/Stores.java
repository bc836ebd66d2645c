package dev.protovet.registry.store;

import org.jdbi.v3.core.Handle;

/** The registry's tables on one database handle, so that one request's reads and writes share one transaction. */
public record Stores(SubjectStore subjects, SchemaStore schemas, SettingsStore settings) {

    public static Stores on(Handle handle) {
        return new Stores(new SubjectStore(handle), new SchemaStore(handle), new SettingsStore(handle));
    }
}
