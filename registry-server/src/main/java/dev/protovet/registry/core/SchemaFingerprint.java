package dev.protovet.registry.core;

import dev.protovet.registry.model.DataContract;
import dev.protovet.registry.model.Reference;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 digests that identify schema content: the text alone, and a schema id's type, text, references and contract. */
public final class SchemaFingerprint {
    private SchemaFingerprint() {
    }

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
