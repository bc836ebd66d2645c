package dev.protovet.engine.policy;

import dev.protovet.engine.InputException;
import dev.protovet.engine.config.YamlText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * protovet's own settings, kept beside buf.yaml in {@value #FILE} so that buf.yaml stays buf's:
 * <pre>
 * version: v1
 * breaking:
 *   warn: [FIELD_SAME_JSON_NAME, PACKAGE]   # rules or categories that only warn
 *   fail_on: error                          # or warning: warnings fail too
 *   accepted: protovet-accepted.yaml        # the accepted-changes file, relative to this one
 * </pre>
 * {@code failOnWarning} and {@code accepted} are null when not set.
 */
public record PolicyConfig(List<String> warn, Boolean failOnWarning, Path accepted) {
    public static final String FILE = "protovet.yaml";
    private static final Set<String> BREAKING_KEYS = Set.of("warn", "fail_on", "accepted");

    public PolicyConfig {
        warn = List.copyOf(warn);
    }

    public static PolicyConfig none() {
        return new PolicyConfig(List.of(), null, null);
    }

    /** {@value #FILE} in {@code directory}, or no settings when there is none. */
    public static PolicyConfig inDirectory(Path directory) {
        Path file = directory.resolve(FILE);
        return Files.isRegularFile(file) ? read(file) : none();
    }

    public static PolicyConfig read(Path file) {
        String origin = file.toString();
        Object root;
        try {
            root = YamlText.load(Files.readString(file), origin);
        } catch (IOException e) {
            throw new InputException(origin, "cannot read: " + e.getMessage());
        }
        if (!(root instanceof Map<?, ?> map) || !"v1".equals(String.valueOf(map.get("version")))) {
            throw new InputException(origin, "a protovet config is a mapping that starts with \"version: v1\"");
        }
        for (Object key : map.keySet()) {
            if (!Set.of("version", "breaking").contains(String.valueOf(key))) {
                throw new InputException(origin, "unknown key \"" + key + "\"; expected version, breaking");
            }
        }
        Object breaking = map.get("breaking");
        if (breaking == null) {
            return none();
        }
        if (!(breaking instanceof Map<?, ?> settings)) {
            throw new InputException(origin, "\"breaking\" must be a mapping");
        }
        for (Object key : settings.keySet()) {
            if (!BREAKING_KEYS.contains(String.valueOf(key))) {
                throw new InputException(origin, "breaking: unknown key \"" + key + "\"; expected warn, fail_on, accepted");
            }
        }
        List<String> warn = new ArrayList<>();
        Object list = settings.get("warn");
        if (list instanceof List<?> items) {
            items.forEach(i -> warn.add(String.valueOf(i)));
        } else if (list != null) {
            throw new InputException(origin, "breaking.warn must be a list of rule IDs or categories");
        }
        WarnRules.of(warn, origin + ": breaking.warn");
        Object failOn = settings.get("fail_on");
        Boolean failOnWarning = failOn == null ? null : FailOn.parse(String.valueOf(failOn), origin + ": breaking.fail_on");
        Object accepted = settings.get("accepted");
        if (accepted != null && (accepted instanceof Map || accepted instanceof List)) {
            throw new InputException(origin, "breaking.accepted must be a file name");
        }
        Path acceptedFile = accepted == null ? null : file.toAbsolutePath().getParent().resolve(String.valueOf(accepted));
        if (acceptedFile != null && !Files.isRegularFile(acceptedFile)) {
            throw new InputException(origin, "breaking.accepted: there is no file " + acceptedFile);
        }
        return new PolicyConfig(warn, failOnWarning, acceptedFile);
    }

    /** The rules that only warn: these settings' {@code warn} and {@code more}, given as {@code moreOrigin}. */
    public WarnRules warnRules(List<String> more, String moreOrigin) {
        return WarnRules.of(warn, FILE + ": breaking.warn").plus(WarnRules.of(more, moreOrigin));
    }

    /** Whether warnings fail: {@code override} (a flag or parameter) when set, else {@code fail_on}, else no. */
    public boolean failOnWarning(Boolean override) {
        Boolean chosen = override != null ? override : failOnWarning;
        return chosen != null && chosen;
    }

    /**
     * The accepted changes: {@code explicit} (named by {@code option} in messages) when given, else
     * {@code breaking.accepted}, else {@value AcceptedChanges#DEFAULT_FILE} in {@code root} (may be null) when there
     * is one, else none.
     *
     * @throws InputException when {@code explicit} names no file, or a file is not an accepted-changes file
     */
    public AcceptedChanges acceptedChanges(Path explicit, String option, Path root) {
        if (explicit != null) {
            if (!Files.isRegularFile(explicit)) {
                throw new InputException(explicit.toString(), option + " names no file");
            }
            return AcceptedChanges.read(explicit);
        }
        if (accepted != null) {
            return AcceptedChanges.read(accepted);
        }
        Path standard = root == null ? null : root.resolve(AcceptedChanges.DEFAULT_FILE);
        return standard != null && Files.isRegularFile(standard) ? AcceptedChanges.read(standard) : AcceptedChanges.none();
    }

    /** The values of {@code --fail-on} and {@code fail_on}. */
    public static final class FailOn {
        private FailOn() {
        }

        /** Whether warnings fail: true for "warning", false for "error". */
        public static boolean parse(String value, String origin) {
            return switch (value) {
                case "error" -> false;
                case "warning" -> true;
                default -> throw new InputException("", origin + ": \"" + value + "\" is neither error nor warning");
            };
        }
    }
}
