package dev.protovet.inputs.registry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a copy reads from a registry: every version of its subjects (soft-deleted ones too), and the compatibility
 * configs and modes set on it, by scope: {@code ""} for the global one, a subject, or a context ({@code :.team-a:}).
 */
public final class RegistryContents {
    private final List<StoredVersion> versions;
    private final Map<String, ScopeConfig> configs;
    private final Map<String, String> modes;
    private final List<String> notes;
    private final Map<String, StoredVersion> byKey = new HashMap<>();

    /** A scope's compatibility config, as far as protovet's registry keeps one. */
    public record ScopeConfig(String compatibility, Boolean normalize, List<String> rules) {
    }

    /** {@code notes}: what was read but cannot be carried over, one line each. */
    public RegistryContents(List<StoredVersion> versions, Map<String, ScopeConfig> configs, Map<String, String> modes,
                            List<String> notes) {
        this.notes = List.copyOf(notes);
        this.versions = List.copyOf(versions);
        this.configs = Map.copyOf(configs);
        this.modes = Map.copyOf(modes);
        versions.forEach(v -> byKey.put(v.key(), v));
    }

    public List<StoredVersion> versions() {
        return versions;
    }

    public Map<String, ScopeConfig> configs() {
        return configs;
    }

    public Map<String, String> modes() {
        return modes;
    }

    public List<String> notes() {
        return notes;
    }

    public Optional<StoredVersion> version(String subject, int version) {
        return Optional.ofNullable(byKey.get(StoredVersion.key(subject, version)));
    }
}
