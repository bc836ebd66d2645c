package dev.protovet.registry.core;

import dev.protovet.registry.model.DataContract;
import dev.protovet.registry.model.Reference;
import java.util.List;

/**
 * A schema as a client sends it to register, look up or check: the text, its type (null means AVRO, as in
 * Confluent), its references, its data contract (metadata and rule set), and the id and version a client may
 * choose in IMPORT mode, with the GUID and registration time ({@code ts}, epoch milliseconds) it had.
 */
public record SchemaRequest(String schema, String schemaType, List<Reference> references, DataContract contract,
                            Integer version, Integer id, String guid, Long timestamp) {
    /** The one schema type this registry holds. */
    public static final String PROTOBUF = "PROTOBUF";

    public SchemaRequest {
        references = references == null ? List.of() : List.copyOf(references);
        contract = contract == null ? DataContract.NONE : contract;
    }

    /** Without a GUID or a registration time (which only an import keeps). */
    public SchemaRequest(String schema, String schemaType, List<Reference> references, DataContract contract,
                         Integer version, Integer id) {
        this(schema, schemaType, references, contract, version, id, null, null);
    }
}
