package dev.protovet.registry.core;

import dev.protovet.registry.store.Reference;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 digests that identify schema content: the text alone, and a schema id's type + text + references. */
public final class SchemaFingerprint {
    private SchemaFingerprint() {
    }

    public static String of(String schemaType, String canonicalText, List<Reference> references) {
        StringBuilder key = new StringBuilder(schemaType).append('\n').append(canonicalText);
        for (Reference r : references) {
            key.append('\n').append(r.name()).append('\0').append(r.subject()).append('\0').append(r.version());
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
