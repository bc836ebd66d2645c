package dev.protovet.registry.core;

import dev.protovet.registry.store.DataContract;
import dev.protovet.registry.store.Reference;
import java.util.List;

/** A subject's version as the API returns it. */
public record RegisteredSchema(String subject, int version, int id, String schemaType, String schema,
                               List<Reference> references, DataContract contract, boolean deleted, long timestamp) {
}
