package dev.protovet.inputs.registry;

import com.google.gson.JsonElement;
import java.util.List;
import java.util.Objects;

/**
 * One version of a subject as a registry keeps it, soft-deleted or not: everything a copy must carry over for the
 * same id to answer the same schema on the other side, and when it was registered ({@code ts}, epoch milliseconds,
 * when the registry says).
 */
public record StoredVersion(String subject, int version, int id, String guid, String schemaType, String schema,
                            List<RegistryClient.Reference> references, JsonElement metadata, JsonElement ruleSet,
                            Long registeredAt, boolean deleted) {
    public StoredVersion {
        references = List.copyOf(references);
    }

    /** The context the subject is in: {@code :.team-a:} for {@code :.team-a:orders}, empty for the default one. */
    public String contextScope() {
        return contextScope(subject);
    }

    static String contextScope(String subject) {
        if (!subject.startsWith(":.")) {
            return "";
        }
        int end = subject.indexOf(':', 2);
        return end < 0 ? "" : subject.substring(0, end + 1);
    }

    /** What names one version of one subject, in maps of versions. */
    static String key(String subject, int version) {
        return subject + "\u0000" + version;
    }

    /** This version's {@link #key(String, int)}. */
    String key() {
        return key(subject, version);
    }

    /** The schema id with its context: ids are numbered per context. */
    public String idKey() {
        return contextScope() + id;
    }

    /** "orders-value version 3", as messages name it. */
    public String describe() {
        return subject + " version " + version;
    }

    /** Same id, type, text, references, metadata and rule set (whether deleted or not). */
    public boolean sameSchema(StoredVersion other) {
        return id == other.id && sameText(other.schemaType, other.schema, other.references)
                && Objects.equals(metadata, other.metadata) && Objects.equals(ruleSet, other.ruleSet);
    }

    /** Same type, text and references. */
    public boolean sameText(String otherType, String otherSchema, List<RegistryClient.Reference> otherReferences) {
        return schemaType.equals(otherType) && schema.equals(otherSchema) && references.equals(otherReferences);
    }
}
