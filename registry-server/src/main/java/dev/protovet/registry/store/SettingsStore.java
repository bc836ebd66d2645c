package dev.protovet.registry.store;

import dev.protovet.registry.model.ScopeConfig;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Compatibility configs and modes, global (scope {@code ""}) and per subject. */
public final class SettingsStore {
    public static final String GLOBAL = "";
    private final Handle handle;

    public SettingsStore(Handle handle) {
        this.handle = handle;
    }

    public Optional<ScopeConfig> config(String scope) {
        return handle.createQuery("""
                        SELECT compatibility_level, compatibility_rules, normalize
                        FROM compatibility_configs WHERE scope = :scope""")
                .bind("scope", scope)
                .map((rs, ctx) -> new ScopeConfig(rs.getString(1), rs.getString(2),
                        (Boolean) rs.getObject(3)))
                .findOne();
    }

    /** What each of these scopes sets itself (those that set nothing are absent), read in one query. */
    public Map<String, ScopeConfig> configs(Collection<String> scopes) {
        Map<String, ScopeConfig> out = new HashMap<>();
        if (scopes.isEmpty()) {
            return out;
        }
        handle.createQuery("""
                        SELECT scope, compatibility_level, compatibility_rules, normalize
                        FROM compatibility_configs WHERE scope IN (<scopes>)""")
                .bindList("scopes", List.copyOf(scopes))
                .map((rs, ctx) -> Map.entry(rs.getString(1), new ScopeConfig(rs.getString(2), rs.getString(3),
                        (Boolean) rs.getObject(4))))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** The compatibility levels set for these scopes (those without one are absent). */
    public Map<String, String> levels(Collection<String> scopes) {
        Map<String, String> out = new HashMap<>();
        configs(scopes).forEach((scope, config) -> {
            if (config.level() != null) {
                out.put(scope, config.level());
            }
        });
        return out;
    }

    public void putConfig(String scope, ScopeConfig config) {
        handle.createUpdate("DELETE FROM compatibility_configs WHERE scope = :scope").bind("scope", scope).execute();
        handle.createUpdate("""
                        INSERT INTO compatibility_configs (scope, compatibility_level, compatibility_rules, normalize)
                        VALUES (:scope, :level, :rules, :normalize)""")
                .bind("scope", scope).bind("level", config.level()).bind("rules", config.rules())
                .bind("normalize", config.normalize()).execute();
    }

    public void deleteConfig(String scope) {
        handle.createUpdate("DELETE FROM compatibility_configs WHERE scope = :scope").bind("scope", scope).execute();
    }

    public Optional<String> mode(String scope) {
        return handle.createQuery("SELECT mode FROM modes WHERE scope = :scope")
                .bind("scope", scope).mapTo(String.class).findOne();
    }

    /** The modes these scopes set themselves (those that set none are absent), read in one query. */
    public Map<String, String> modes(Collection<String> scopes) {
        Map<String, String> out = new HashMap<>();
        if (scopes.isEmpty()) {
            return out;
        }
        handle.createQuery("SELECT scope, mode FROM modes WHERE scope IN (<scopes>)")
                .bindList("scopes", List.copyOf(scopes))
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    public void putMode(String scope, String mode) {
        handle.createUpdate("DELETE FROM modes WHERE scope = :scope").bind("scope", scope).execute();
        handle.createUpdate("INSERT INTO modes (scope, mode) VALUES (:scope, :mode)")
                .bind("scope", scope).bind("mode", mode).execute();
    }

    public void deleteMode(String scope) {
        handle.createUpdate("DELETE FROM modes WHERE scope = :scope").bind("scope", scope).execute();
    }

    public void deleteAllModes() {
        handle.createUpdate("DELETE FROM modes").execute();
    }
}
