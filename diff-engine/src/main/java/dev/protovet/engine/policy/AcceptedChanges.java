package dev.protovet.engine.policy;

import dev.protovet.engine.Finding;
import dev.protovet.engine.InputException;
import dev.protovet.engine.config.YamlText;
import dev.protovet.engine.report.JsonStrings;
import dev.protovet.engine.rules.BuiltInRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The breaking changes a team accepted on purpose, as kept in a YAML file ({@value #DEFAULT_FILE} at the input's root
 * unless named): a list under {@code accepted:}, one entry per finding, see {@link Acceptance}. {@code origin} names
 * the file in messages.
 */
public record AcceptedChanges(String origin, List<Acceptance> entries) {
    /** The file protovet reads at the root of a directory input when none is named. */
    public static final String DEFAULT_FILE = "protovet-accepted.yaml";

    private static final Set<String> KEYS = Set.of("rule", "file", "element", "message", "justification", "expires");
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_./-]*");
    private static final String HEADER = """
            # Breaking changes accepted on purpose. protovet breaking lets each finding named here pass (by rule and
            # element, so moving lines does not matter) until the end of its "expires" day, if it has one.
            # Written by protovet breaking --write-accepted FILE --justification TEXT; edit freely.
            """;

    public AcceptedChanges {
        entries = List.copyOf(entries);
    }

    public static AcceptedChanges none() {
        return new AcceptedChanges("", List.of());
    }

    /** The file's entries; a missing file has none (so that {@code --write-accepted} can start one). */
    public static AcceptedChanges readIfPresent(Path file) {
        return Files.exists(file) ? read(file) : new AcceptedChanges(file.toString(), List.of());
    }

    /** The file's entries. @throws InputException when it cannot be read or is not an accepted-changes file */
    public static AcceptedChanges read(Path file) {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read the accepted changes: " + e.getMessage());
        }
    }

    public static AcceptedChanges parse(String text, String origin) {
        Object root = YamlText.load(text, origin);
        if (root == null) {
            return new AcceptedChanges(origin, List.of());
        }
        if (!(root instanceof Map<?, ?> map) || !map.keySet().equals(Set.of("accepted"))) {
            throw new InputException(origin, "an accepted-changes file is a mapping with one key, \"accepted\"");
        }
        Object list = map.get("accepted");
        if (list == null) {
            return new AcceptedChanges(origin, List.of());
        }
        if (!(list instanceof List<?> items)) {
            throw new InputException(origin, "\"accepted\" must be a list");
        }
        List<Acceptance> entries = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            entries.add(entry(items.get(i), origin, "accepted[" + i + "]"));
        }
        return new AcceptedChanges(origin, entries);
    }

    private static Acceptance entry(Object item, String origin, String where) {
        if (!(item instanceof Map<?, ?> map)) {
            throw new InputException(origin, where + " must be a mapping");
        }
        for (Object key : map.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                throw new InputException(origin, where + ": unknown key \"" + key + "\"; expected " + String.join(", ",
                        List.of("rule", "file", "element", "message", "justification", "expires")));
            }
        }
        String rule = required(map, "rule", origin, where);
        if (!BuiltInRules.all().containsKey(rule)) {
            throw new InputException(origin, where + ".rule: unknown rule \"" + rule + "\"");
        }
        return new Acceptance(rule, optional(map, "file", origin, where), required(map, "element", origin, where),
                optional(map, "message", origin, where), required(map, "justification", origin, where),
                date(map.get("expires"), origin, where));
    }

    private static String required(Map<?, ?> map, String key, String origin, String where) {
        String value = optional(map, key, origin, where);
        if (value == null || value.isBlank()) {
            throw new InputException(origin, where + " has no \"" + key + "\"");
        }
        return value;
    }

    private static String optional(Map<?, ?> map, String key, String origin, String where) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Map || value instanceof List) {
            throw new InputException(origin, where + "." + key + " must be text");
        }
        return String.valueOf(value);
    }

    private static LocalDate date(Object value, String origin, String where) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(String.valueOf(value));
        } catch (DateTimeParseException e) {
            throw new InputException(origin, where + ".expires: \"" + value + "\" is not a date (YYYY-MM-DD)");
        }
    }

    /**
     * These entries and one for each finding that none accepts on {@code today}: an entry that matches but expired
     * is renewed with the new justification and expiry. {@code shownFile} gives a finding's file as the user sees it.
     */
    public AcceptedChanges plus(List<Finding> findings, String justification, LocalDate expires, LocalDate today,
                                Function<Finding, String> shownFile) {
        List<Acceptance> merged = new ArrayList<>(entries);
        for (Finding f : findings) {
            int existing = -1;
            for (int i = 0; i < merged.size(); i++) {
                if (merged.get(i).matches(f)) {
                    existing = i;
                    break;
                }
            }
            Acceptance fresh = new Acceptance(f.ruleId(), shownFile.apply(f), f.element(), f.message(), justification,
                    expires);
            if (existing < 0) {
                merged.add(fresh);
            } else if (merged.get(existing).expiredOn(today)) {
                merged.set(existing, fresh);
            }
        }
        return new AcceptedChanges(origin, merged);
    }

    /** The file's text: a comment saying what it is, then the entries. */
    public String toYaml() {
        StringBuilder out = new StringBuilder(HEADER).append("accepted:");
        if (entries.isEmpty()) {
            return out.append(" []\n").toString();
        }
        out.append('\n');
        for (Acceptance a : entries) {
            out.append("  - rule: ").append(scalar(a.rule())).append('\n');
            if (a.file() != null) {
                out.append("    file: ").append(scalar(a.file())).append('\n');
            }
            out.append("    element: ").append(scalar(a.element())).append('\n');
            if (a.message() != null) {
                out.append("    message: ").append(JsonStrings.quote(a.message())).append('\n');
            }
            out.append("    justification: ").append(JsonStrings.quote(a.justification())).append('\n');
            if (a.expires() != null) {
                out.append("    expires: ").append(a.expires()).append('\n');
            }
        }
        return out.toString();
    }

    /** A name as YAML reads it back: plain when it is a plain word or path, else double-quoted (JSON is YAML). */
    private static String scalar(String text) {
        return PLAIN.matcher(text).matches() && !text.matches("(?i)true|false|null|yes|no|on|off|~|[0-9._-]+")
                ? text : JsonStrings.quote(text);
    }
}
