package dev.protovet.registry.http;

import com.google.gson.JsonParser;
import dev.protovet.registry.core.RegisteredSchema;
import dev.protovet.registry.model.DataContract;
import dev.protovet.registry.model.Reference;
import dev.protovet.registry.model.StoredSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of Confluent's entities, with empty fields left out as Confluent leaves them out. */
final class Responses {
    private Responses() {
    }

    /** Confluent's {@code Schema}: subject, version, id, schemaType, references, metadata, ruleSet, schema. */
    static Map<String, Object> schema(RegisteredSchema s, String text) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("subject", s.subject());
        out.put("version", s.version());
        out.put("id", s.id());
        out.put("guid", s.guid());
        out.put("schemaType", s.schemaType());
        putReferences(out, s.references());
        putContract(out, s.contract());
        out.put("schema", text);
        out.put("ts", s.timestamp());
        if (s.deleted()) {
            out.put("deleted", true);
        }
        return out;
    }

    /** Confluent's {@code RegisterSchemaResponse} as 7.9 sends it: the id first, then what was registered. */
    static Map<String, Object> registered(RegisteredSchema s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", s.id());
        out.put("guid", s.guid());
        out.put("version", s.version());
        out.put("schemaType", s.schemaType());
        putReferences(out, s.references());
        putContract(out, s.contract());
        out.put("schema", s.schema());
        return out;
    }

    /** Confluent's {@code SchemaString}: what GET /schemas/ids/{id} returns, with the schema's GUID (as 8.x does). */
    static Map<String, Object> schemaString(StoredSchema s, String text) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("schemaType", s.schemaType());
        out.put("schema", text);
        putReferences(out, s.references());
        putContract(out, s.contract());
        out.put("guid", s.guid());
        return out;
    }

    /** {@code metadata} and {@code ruleSet}, when the schema has them. */
    static void putContract(Map<String, Object> out, DataContract contract) {
        if (contract.metadata() != null) {
            out.put("metadata", JsonParser.parseString(contract.metadata()));
        }
        if (contract.ruleSet() != null) {
            out.put("ruleSet", JsonParser.parseString(contract.ruleSet()));
        }
    }

    static void putReferences(Map<String, Object> out, List<Reference> references) {
        if (!references.isEmpty()) {
            out.put("references", references);
        }
    }

    static Map<String, Object> error(int errorCode, String message) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("error_code", errorCode);
        out.put("message", message);
        return out;
    }
}
