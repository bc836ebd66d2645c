package dev.protovet.registry.core;

/** What a subject name may be, and the file name a subject's schema has in findings and descriptor sets. */
public final class Subjects {
    /** The longest subject name the registry stores (characters, context prefix included). */
    public static final int MAX_LENGTH = 1000;

    private Subjects() {
    }

    /** Refuses (42208) an empty or blank name, one longer than {@link #MAX_LENGTH}, and one with control characters. */
    public static void validate(String subject) {
        if (subject == null || subject.isBlank()) {
            throw RegistryException.invalidSubject(subject, "a subject name must not be empty");
        }
        if (subject.length() > MAX_LENGTH) {
            throw RegistryException.invalidSubject(subject.substring(0, 40) + "...", "a subject name may have at most "
                    + MAX_LENGTH + " characters, this one has " + subject.length());
        }
        for (int i = 0; i < subject.length(); i++) {
            char c = subject.charAt(i);
            if (Character.isISOControl(c)) {
                throw RegistryException.invalidSubject(printable(subject), "a subject name must not contain control "
                        + "characters (U+" + String.format("%04X", (int) c) + " at position " + (i + 1) + ")");
            }
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < subject.length()
                    && Character.isLowSurrogate(subject.charAt(++i)))) {
                throw RegistryException.invalidSubject(printable(subject), "a subject name must be valid Unicode");
            }
        }
    }

    /** The path a subject's schema has in findings and descriptor sets: the subject itself when it is an import path. */
    public static String fileName(String subject) {
        String safe = subject.replaceAll("[^A-Za-z0-9._/-]", "_");
        return safe.endsWith(".proto") ? safe : safe + ".proto";
    }

    private static String printable(String subject) {
        StringBuilder out = new StringBuilder();
        subject.codePoints().limit(80).forEach(c -> out.append(Character.isISOControl(c) || Character.isSurrogate((char) c)
                ? String.format("\\u%04X", c) : new String(Character.toChars(c))));
        return out.toString();
    }
}
