package dev.protovet.registry.core;

import java.util.Locale;

/** What a subject (or the whole registry) accepts: everything, reads only, or imports with explicit ids. */
public enum Mode {
    READWRITE, READONLY, READONLY_OVERRIDE, IMPORT;

    public static Mode parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw RegistryException.invalidMode(text);
        }
    }

    public boolean readOnly() {
        return this == READONLY || this == READONLY_OVERRIDE;
    }
}
