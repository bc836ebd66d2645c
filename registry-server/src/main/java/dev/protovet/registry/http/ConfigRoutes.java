package dev.protovet.registry.http;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.protovet.registry.core.CompatibilityLevel;
import dev.protovet.registry.core.EffectiveConfig;
import dev.protovet.registry.core.Mode;
import dev.protovet.registry.core.RegistryException;
import dev.protovet.registry.core.SchemaRegistry;
import dev.protovet.registry.store.SettingsStore;
import dev.protovet.registry.store.SettingsStore.ConfigRow;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * /config and /mode, global and per subject. Besides Confluent's {@code compatibility} level, a config holds
 * protovet's {@code compatibilityRules}: the buf rule or category IDs that decide what compatible means.
 */
final class ConfigRoutes {
    private final SchemaRegistry registry;

    ConfigRoutes(SchemaRegistry registry) {
        this.registry = registry;
    }

    void getGlobal(Context ctx) {
        ctx.json(config(registry.config(null)));
    }

    void getSubject(Context ctx) {
        String subject = Requests.subject(ctx);
        if (registry.settings().config(subject).isEmpty() && !Requests.flag(ctx, "defaultToGlobal")) {
            throw RegistryException.subjectConfigNotFound(subject);
        }
        ctx.json(config(registry.config(subject)));
    }

    void putGlobal(Context ctx) {
        put(ctx, SettingsStore.GLOBAL);
    }

    void putSubject(Context ctx) {
        put(ctx, Requests.subject(ctx));
    }

    void deleteGlobal(Context ctx) {
        EffectiveConfig before = registry.config(null);
        registry.settings().deleteConfig(SettingsStore.GLOBAL);
        ctx.json(config(before));
    }

    void deleteSubject(Context ctx) {
        String subject = Requests.subject(ctx);
        if (registry.settings().config(subject).isEmpty()) {
            throw RegistryException.subjectNotFound(subject);
        }
        EffectiveConfig before = registry.config(subject);
        registry.settings().deleteConfig(subject);
        ctx.json(config(before));
    }

    void getGlobalMode(Context ctx) {
        ctx.json(mode(registry.settings().mode(SettingsStore.GLOBAL).orElse(Mode.READWRITE.name())));
    }

    void getSubjectMode(Context ctx) {
        String subject = Requests.subject(ctx);
        Optional<String> own = registry.settings().mode(subject);
        if (own.isEmpty() && !Requests.flag(ctx, "defaultToGlobal")) {
            throw RegistryException.subjectModeNotFound(subject);
        }
        ctx.json(mode(own.orElse(registry.mode(subject).name())));
    }

    void putGlobalMode(Context ctx) {
        putMode(ctx, SettingsStore.GLOBAL);
    }

    void putSubjectMode(Context ctx) {
        putMode(ctx, Requests.subject(ctx));
    }

    void deleteGlobalMode(Context ctx) {
        // recursive: every subject's own mode goes too
        String old = registry.settings().deleteMode(SettingsStore.GLOBAL, Requests.flag(ctx, "recursive"))
                .orElse(Mode.READWRITE.name());
        ctx.json(mode(old));
    }

    void deleteSubjectMode(Context ctx) {
        String subject = Requests.subject(ctx);
        String old = registry.settings().deleteMode(subject, false)
                .orElseThrow(() -> RegistryException.subjectNotFound(subject));
        ctx.json(mode(old));
    }

    private void put(Context ctx, String scope) {
        JsonObject body = Json.object(ctx.body());
        String level = Json.string(body, "compatibility");
        if (level == null) {
            level = Json.string(body, "compatibilityLevel");
        }
        List<String> rules = rules(body.get("compatibilityRules"));
        Boolean normalize = Json.bool(body, "normalize");
        if (level == null && rules == null && normalize == null) {
            throw RegistryException.invalidCompatibilityLevel(null);
        }
        Optional<ConfigRow> old = registry.settings().config(scope);
        ConfigRow row = new ConfigRow(
                level != null ? CompatibilityLevel.parse(level).name() : old.map(ConfigRow::level).orElse(null),
                rules != null ? String.join(",", rules) : old.map(ConfigRow::rules).orElse(null),
                normalize != null ? normalize : old.map(ConfigRow::normalize).orElse(null));
        registry.settings().putConfig(scope, row);
        Map<String, Object> out = new LinkedHashMap<>();
        if (row.level() != null) {
            out.put("compatibility", row.level());
        }
        if (row.rules() != null) {
            out.put("compatibilityRules", List.of(row.rules().split(",")));
        }
        if (row.normalize() != null) {
            out.put("normalize", row.normalize());
        }
        ctx.json(out);
    }

    private void putMode(Context ctx, String scope) {
        JsonObject body = Json.object(ctx.body());
        Mode mode = Mode.parse(Json.string(body, "mode"));
        registry.settings().putMode(scope, mode, Requests.flag(ctx, "force"));
        ctx.json(mode(mode.name()));
    }

    private static List<String> rules(JsonElement element) {
        if (element == null || element.isJsonNull()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        if (element.isJsonArray()) {
            for (JsonElement e : (JsonArray) element) {
                out.add(e.getAsString().trim());
            }
        } else {
            for (String id : element.getAsString().split(",")) {
                out.add(id.trim());
            }
        }
        out.removeIf(String::isEmpty);
        if (out.isEmpty()) {
            throw RegistryException.invalidRules("compatibilityRules must name at least one rule or category");
        }
        return out;
    }

    private static Map<String, Object> config(EffectiveConfig config) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("compatibilityLevel", config.level().name());
        out.put("compatibilityRules", config.rules());
        out.put("normalize", config.normalize());
        return out;
    }

    private static Map<String, Object> mode(String mode) {
        return Map.of("mode", mode);
    }
}
