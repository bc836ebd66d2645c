package dev.protovet.registry.core;

import java.util.Locale;
import java.util.OptionalInt;

/** A version path segment: a number in [1, 2^31-1], or {@code latest} / {@code -1}. */
public record VersionId(int number) {
    public static final VersionId LATEST = new VersionId(-1);

    public static VersionId parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.toLowerCase(Locale.ROOT).equals("latest") || trimmed.equals("-1")) {
            return LATEST;
        }
        OptionalInt n = DecimalNumbers.parse(trimmed);
        if (n.isPresent() && n.getAsInt() >= 1) {
            return new VersionId(n.getAsInt());
        }
        throw RegistryException.invalidVersion(text);
    }

    public boolean latest() {
        return number == -1;
    }

    @Override
    public String toString() {
        return latest() ? "latest" : Integer.toString(number);
    }
}
