package dev.protovet.registry.core;

import dev.protovet.registry.model.SchemaKey;
import dev.protovet.registry.model.ScopeConfig;
import dev.protovet.registry.store.SettingsStore;
import dev.protovet.registry.store.Stores;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compatibility configs and modes, global and per subject: what a scope sets itself, and what applies to a subject
 * after falling back to the global scope and then to the server's defaults. Each change is one transaction; the
 * effective config and mode of a write are read through that write's own transaction.
 */
public final class Settings {
    /** The scope of the registry-wide config and mode. */
    public static final String GLOBAL = SettingsStore.GLOBAL;

    private final Transactions tx;
    private final List<String> defaultRules;

    public Settings(Transactions tx, List<String> defaultRules) {
        this.tx = tx;
        this.defaultRules = List.copyOf(defaultRules);
        CompatibilityChecker.rules(this.defaultRules);
    }

    /** The rule or category IDs that decide compatibility where no scope sets any. */
    public List<String> defaultRules() {
        return defaultRules;
    }

    /** What {@code scope} sets itself, if anything. */
    public Optional<ScopeConfig> config(String scope) {
        return tx.read(s -> s.settings().config(scope));
    }

    /** The config that applies to a subject ({@code null}: the global one): its own, else the global, else defaults. */
    public EffectiveConfig effectiveConfig(String subject) {
        return tx.read(s -> effectiveConfig(s, subject));
    }

    /**
     * The same, read through a request's own handle or transaction. A subject in a context other than the default
     * falls back to its context's config ({@code :.team-a:}) before the global one.
     */
    EffectiveConfig effectiveConfig(Stores stores, String subject) {
        List<String> scopes = scopesOf(subject);
        Map<String, ScopeConfig> own = stores.settings().configs(scopes);
        ScopeConfig merged = ScopeConfig.UNSET;
        // the global scope first, each nearer one over it
        for (int i = scopes.size() - 1; i >= 0; i--) {
            merged = merged.updatedWith(own.getOrDefault(scopes.get(i), ScopeConfig.UNSET));
        }
        return new EffectiveConfig(
                merged.level() == null ? CompatibilityLevel.DEFAULT : CompatibilityLevel.parse(merged.level()),
                merged.rules() == null ? defaultRules : List.of(merged.rules().split(",")),
                Boolean.TRUE.equals(merged.normalize()));
    }

    /**
     * Sets the parts of {@code scope}'s config that {@code update} sets, keeping the others; returns what the scope
     * sets afterwards.
     */
    public ScopeConfig updateConfig(String scope, ScopeConfig update) {
        if (!scope.isEmpty()) {
            Subjects.validate(scope);
        }
        if (update.level() != null) {
            CompatibilityLevel.parse(update.level());
        }
        if (update.rules() != null) {
            CompatibilityChecker.rules(List.of(update.rules().split(",")));
        }
        return tx.write(s -> {
            ScopeConfig merged = s.settings().config(scope).orElse(ScopeConfig.UNSET).updatedWith(update);
            s.settings().putConfig(scope, merged);
            return merged;
        });
    }

    /** Replaces what {@code scope} sets with {@code config}; an unset config removes the scope's own. */
    public void replaceConfig(String scope, ScopeConfig config) {
        if (config.isUnset()) {
            deleteConfig(scope);
            return;
        }
        if (!scope.isEmpty()) {
            Subjects.validate(scope);
        }
        if (config.rules() != null) {
            CompatibilityChecker.rules(List.of(config.rules().split(",")));
        }
        tx.write(s -> {
            s.settings().putConfig(scope, config);
            return null;
        });
    }

    /**
     * Removes what {@code scope} sets; returns the config that applied to it before, or empty when the scope set
     * nothing itself.
     */
    public Optional<EffectiveConfig> deleteConfig(String scope) {
        return tx.write(s -> {
            String subject = scope.isEmpty() ? null : scope;
            Optional<EffectiveConfig> before = s.settings().config(scope).map(own -> effectiveConfig(s, subject));
            s.settings().deleteConfig(scope);
            return before;
        });
    }

    /** The mode {@code scope} sets itself, if any. */
    public Optional<Mode> mode(String scope) {
        return tx.read(s -> s.settings().mode(scope).map(Mode::parse));
    }

    /** The mode that applies to a subject: its own, else the global one, else READWRITE. */
    public Mode effectiveMode(String subject) {
        return tx.read(s -> effectiveMode(s, subject));
    }

    Mode effectiveMode(Stores stores, String subject) {
        List<String> scopes = scopesOf(subject);
        Map<String, String> own = stores.settings().modes(scopes);
        return scopes.stream().filter(own::containsKey).findFirst().map(scope -> Mode.parse(own.get(scope)))
                .orElse(Mode.READWRITE);
    }

    /**
     * The scopes a subject's settings come from, the nearest first: the subject itself, its context's scope (outside
     * the default context), the global scope. For {@code null}, the global scope alone.
     */
    private static List<String> scopesOf(String subject) {
        List<String> scopes = new ArrayList<>(3);
        if (subject != null) {
            scopes.add(subject);
            String context = contextScopeOf(subject);
            if (context != null && !context.equals(subject)) {
                scopes.add(context);
            }
        }
        if (!scopes.contains(GLOBAL)) {
            scopes.add(GLOBAL);
        }
        return scopes;
    }

    /** The scope of a subject's context, or null in the default context. */
    private static String contextScopeOf(String subject) {
        if (subject == null) {
            return null;
        }
        String context = Subjects.context(subject);
        return context.equals(SchemaKey.DEFAULT_CONTEXT) ? null : Subjects.contextScope(context);
    }

    /** Sets a scope's mode; IMPORT only on an empty scope unless {@code force}. */
    public void putMode(String scope, Mode mode, boolean force) {
        if (!scope.isEmpty()) {
            Subjects.validate(scope);
        }
        tx.write(s -> {
            if (mode == Mode.IMPORT && !force) {
                boolean empty = scope.isEmpty() ? s.subjects().subjects("", true, false, 0, 1).isEmpty()
                        : s.subjects().versions(scope).isEmpty();
                if (!empty) {
                    throw RegistryException.notPermitted("Cannot import since found existing subjects");
                }
            }
            s.settings().putMode(scope, mode.name());
            return null;
        });
    }

    /** Removes a scope's own mode (and, for the global scope with {@code recursive}, every subject's); the old one. */
    public Optional<Mode> deleteMode(String scope, boolean recursive) {
        return tx.write(s -> {
            Optional<Mode> old = s.settings().mode(scope).map(Mode::parse);
            if (recursive && scope.equals(GLOBAL)) {
                s.settings().deleteAllModes();
            }
            s.settings().deleteMode(scope);
            return old;
        });
    }
}
