package dev.protovet.registry.core;

import dev.protovet.registry.model.DataContract;
import dev.protovet.registry.model.Reference;
import dev.protovet.registry.model.StoredSchema;
import dev.protovet.registry.model.SubjectVersion;
import java.util.List;

/**
 * A subject's version as the API returns it: {@code id} as clients see it (within the subject's context),
 * {@code storedId} the schema's row, for what is kept by row (compiled forms, codecs).
 */
public record RegisteredSchema(String subject, int version, int id, String guid, String schemaType, String schema,
                               List<Reference> references, DataContract contract, boolean deleted, long timestamp,
                               int storedId) {

    /** A version of a subject with its schema. */
    public static RegisteredSchema of(SubjectVersion v, StoredSchema s) {
        return new RegisteredSchema(v.subject(), v.version(), s.contextId(), s.guid(), s.schemaType(), s.text(),
                s.references(), s.contract(), v.deleted(), v.registeredAt().toEpochMilli(), s.id());
    }
}
