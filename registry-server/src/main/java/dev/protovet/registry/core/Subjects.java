package dev.protovet.registry.core;

import dev.protovet.registry.model.SchemaKey;

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
        if (subject.startsWith(":") && !subject.matches(":\\.[^:]*:.*")) {
            throw RegistryException.invalidSubject(printable(subject), "a name that starts with ':' names a context, "
                    + "as in :.team-a:orders-value");
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

    /**
     * The context of a subject: {@code .team-a} for {@code :.team-a:orders-value}, the default {@code .} for an
     * unqualified name (and for {@code :.:orders-value}).
     */
    public static String context(String subject) {
        if (subject != null && subject.startsWith(":.")) {
            int end = subject.indexOf(':', 1);
            if (end > 1) {
                return subject.substring(1, end);
            }
        }
        return SchemaKey.DEFAULT_CONTEXT;
    }

    /** A subject as stored: {@code :.:name} (the default context, spelled out) is {@code name}. */
    public static String normalized(String subject) {
        return subject != null && subject.startsWith(":.:") ? subject.substring(3) : subject;
    }

    /** The name without its context qualifier. */
    public static String unqualified(String subject) {
        String context = context(subject);
        return context.equals(SchemaKey.DEFAULT_CONTEXT) ? normalized(subject) : subject.substring(context.length() + 2);
    }

    /** A name as seen from {@code context}: an unqualified name there means that context's subject. */
    public static String inContext(String subject, String context) {
        return SchemaKey.DEFAULT_CONTEXT.equals(context) || subject.startsWith(":.") ? normalized(subject)
                : ":" + context + ":" + subject;
    }

    /** The scope that holds a context's own config and mode: {@code :.team-a:}. */
    public static String contextScope(String context) {
        return ":" + context + ":";
    }

    /** The path a subject's schema has in findings and descriptor sets: the subject itself when it is an import path. */
    public static String fileName(String subject) {
        String safe = unqualified(subject).replaceAll("[^A-Za-z0-9._/-]", "_");
        return safe.endsWith(".proto") ? safe : safe + ".proto";
    }

    private static String printable(String subject) {
        StringBuilder out = new StringBuilder();
        subject.codePoints().limit(80).forEach(c -> out.append(Character.isISOControl(c) || Character.isSurrogate((char) c)
                ? String.format("\\u%04X", c) : new String(Character.toChars(c))));
        return out.toString();
    }
}
