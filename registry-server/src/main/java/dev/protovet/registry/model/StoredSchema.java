package dev.protovet.registry.model;

import java.util.List;

/** A schema id's content as stored: immutable once written, so it may be cached anywhere. */
public record StoredSchema(int id, String schemaType, String text, List<Reference> references, DataContract contract) {
    public StoredSchema {
        references = List.copyOf(references);
    }
}
