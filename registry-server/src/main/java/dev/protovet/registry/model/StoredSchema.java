package dev.protovet.registry.model;

import java.util.List;

/**
 * A schema as stored: immutable once written, so it may be cached anywhere. {@code id} is the row's own key;
 * {@code context} and {@code contextId} are the id clients see ({@code contextId} equals {@code id} in the default
 * context {@code .}); {@code guid} is the same for the same schema in any context.
 */
public record StoredSchema(int id, String context, int contextId, String guid, String schemaType, String text,
                           List<Reference> references, DataContract contract) {
    public StoredSchema {
        references = List.copyOf(references);
    }
}
