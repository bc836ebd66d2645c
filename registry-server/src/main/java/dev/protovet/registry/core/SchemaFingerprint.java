package dev.protovet.registry.core;

import dev.protovet.registry.model.DataContract;
import dev.protovet.registry.model.Reference;
import dev.protovet.registry.model.SchemaKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 digests that identify schema content: the text alone, and a schema id's type, text, references and contract. */
public final class SchemaFingerprint {
    private SchemaFingerprint() {
    }

    /**
     * The fingerprint of a schema in {@code context}: in the default context that of its content, elsewhere the
     * content's with the context added, so that each context numbers its own ids.
     */
    public static String of(String context, String schemaType, String canonicalText, List<Reference> references,
                            DataContract contract) {
        String content = of(schemaType, canonicalText, references, contract);
        return SchemaKey.DEFAULT_CONTEXT.equals(context) ? content : sha256(content + "\0context\0" + context);
    }

    /**
     * A schema's GUID: the same schema has the same one in every context and every registry. It is the first 128
     * bits of the content's fingerprint (references named without their context) written as a UUID.
     */
    public static String guid(String schemaType, String canonicalText, List<Reference> references,
                              DataContract contract) {
        List<Reference> unqualified = references.stream()
                .map(r -> new Reference(r.name(), Subjects.unqualified(r.subject()), r.version())).toList();
        String hex = of(schemaType, canonicalText, unqualified, contract);
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20, 32);
    }

    /** The fingerprint of a schema's content: type, canonical text, references and contract. */
    public static String of(String schemaType, String canonicalText, List<Reference> references,
                            DataContract contract) {
        StringBuilder key = new StringBuilder(schemaType).append('\n').append(canonicalText);
        for (Reference r : references) {
            key.append('\n').append(r.name()).append('\0').append(r.subject()).append('\0').append(r.version());
        }
        // appended only when present, so schemas without a contract keep the fingerprints they were stored under
        if (contract.metadata() != null) {
            key.append("\0metadata\0").append(contract.metadata());
        }
        if (contract.ruleSet() != null) {
            key.append("\0ruleSet\0").append(contract.ruleSet());
        }
        return sha256(key.toString());
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
