package dev.protovet.registry.http;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.protovet.registry.core.CompatibilityLevel;
import dev.protovet.registry.core.EffectiveConfig;
import dev.protovet.registry.core.Mode;
import dev.protovet.registry.core.RegistryException;
import dev.protovet.registry.core.Settings;
import dev.protovet.registry.model.ScopeConfig;
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
    private final Settings settings;

    ConfigRoutes(Settings settings) {
        this.settings = settings;
    }

    void getGlobal(Context ctx) {
        ctx.json(config(settings.effectiveConfig(null)));
    }

    void getSubject(Context ctx) {
        String subject = Requests.subject(ctx);
        if (settings.config(subject).isEmpty() && !Requests.flag(ctx, "defaultToGlobal")) {
            throw RegistryException.subjectConfigNotFound(subject);
        }
        ctx.json(config(settings.effectiveConfig(subject)));
    }

    void putGlobal(Context ctx) {
        put(ctx, Settings.GLOBAL);
    }

    void putSubject(Context ctx) {
        put(ctx, Requests.subject(ctx));
    }

    void deleteGlobal(Context ctx) {
        EffectiveConfig before = settings.deleteConfig(Settings.GLOBAL).orElse(settings.effectiveConfig(null));
        ctx.json(config(before));
    }

    void deleteSubject(Context ctx) {
        String subject = Requests.subject(ctx);
        EffectiveConfig before = settings.deleteConfig(subject)
                .orElseThrow(() -> RegistryException.subjectNotFound(subject));
        ctx.json(config(before));
    }

    void getGlobalMode(Context ctx) {
        ctx.json(mode(settings.mode(Settings.GLOBAL).orElse(Mode.READWRITE)));
    }

    void getSubjectMode(Context ctx) {
        String subject = Requests.subject(ctx);
        Optional<Mode> own = settings.mode(subject);
        if (own.isEmpty() && !Requests.flag(ctx, "defaultToGlobal")) {
            throw RegistryException.subjectModeNotFound(subject);
        }
        ctx.json(mode(own.orElseGet(() -> settings.effectiveMode(subject))));
    }

    void putGlobalMode(Context ctx) {
        putMode(ctx, Settings.GLOBAL);
    }

    void putSubjectMode(Context ctx) {
        putMode(ctx, Requests.subject(ctx));
    }

    void deleteGlobalMode(Context ctx) {
        // recursive: every subject's own mode goes too
        ctx.json(mode(settings.deleteMode(Settings.GLOBAL, Requests.flag(ctx, "recursive")).orElse(Mode.READWRITE)));
    }

    void deleteSubjectMode(Context ctx) {
        String subject = Requests.subject(ctx);
        ctx.json(mode(settings.deleteMode(subject, false).orElseThrow(() -> RegistryException.subjectNotFound(subject))));
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
        ScopeConfig row = settings.updateConfig(scope, new ScopeConfig(
                level == null ? null : CompatibilityLevel.parse(level).name(),
                rules == null ? null : String.join(",", rules), normalize));
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
        settings.putMode(scope, mode, Requests.flag(ctx, "force"));
        ctx.json(mode(mode));
    }

    /** {@code compatibilityRules}: an array of rule or category IDs (strings). */
    private static List<String> rules(JsonElement element) {
        if (element == null || element.isJsonNull()) {
            return null;
        }
        if (!element.isJsonArray()) {
            throw RegistryException.invalidRules("compatibilityRules must be an array of rule or category IDs, "
                    + "such as [\"CSR\"] or [\"WIRE\", \"FIELD_SAME_NAME\"]");
        }
        List<String> out = new ArrayList<>();
        for (JsonElement e : (JsonArray) element) {
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
                throw RegistryException.invalidRules("compatibilityRules must hold rule or category IDs as strings, "
                        + "got " + e);
            }
            String id = e.getAsString().trim();
            if (id.contains(",")) {
                throw RegistryException.invalidRules("compatibilityRules: give each ID as its own string, not '" + id + "'");
            }
            if (!id.isEmpty()) {
                out.add(id);
            }
        }
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

    private static Map<String, Object> mode(Mode mode) {
        return Map.of("mode", mode.name());
    }
}
