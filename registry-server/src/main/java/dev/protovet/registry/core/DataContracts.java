package dev.protovet.registry.core;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.protovet.registry.model.DataContract;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads and checks the {@code metadata} and {@code ruleSet} of a request as Confluent defines them, and keeps them as
 * canonical JSON (keys sorted) so that the same contract sent in another key order is the same schema.
 */
public final class DataContracts {
    private static final Set<String> KINDS = Set.of("TRANSFORM", "CONDITION");
    private static final Set<String> MIGRATION_MODES = Set.of("UPGRADE", "DOWNGRADE", "UPDOWN");
    private static final Set<String> DOMAIN_MODES = Set.of("WRITE", "READ", "WRITEREAD");

    private DataContracts() {
    }

    /** The contract of a request body's {@code metadata} and {@code ruleSet} (either may be null or JSON null). */
    public static DataContract of(JsonElement metadata, JsonElement ruleSet) {
        return new DataContract(present(metadata) ? metadata(metadata) : null, present(ruleSet) ? ruleSet(ruleSet) : null);
    }

    /** The {@code properties} of a stored contract's metadata; empty when it has none. */
    public static Map<String, String> properties(DataContract contract) {
        Map<String, String> out = new TreeMap<>();
        if (contract.metadata() != null) {
            JsonObject properties = JsonParser.parseString(contract.metadata()).getAsJsonObject()
                    .getAsJsonObject("properties");
            if (properties != null) {
                properties.entrySet().forEach(e -> out.put(e.getKey(), e.getValue().getAsString()));
            }
        }
        return out;
    }

    private static boolean present(JsonElement e) {
        return e != null && !e.isJsonNull();
    }

    private static String metadata(JsonElement metadata) {
        JsonObject m = object(metadata, "metadata", false);
        JsonObject properties = optionalObject(m, "properties", false);
        if (properties != null) {
            properties.entrySet().forEach(e -> string(e.getValue(), "metadata.properties." + e.getKey(), false));
        }
        JsonObject tags = optionalObject(m, "tags", false);
        if (tags != null) {
            tags.entrySet().forEach(e -> strings(e.getValue(), "metadata.tags." + e.getKey(), false));
        }
        if (m.has("sensitive")) {
            strings(m.get("sensitive"), "metadata.sensitive", false);
        }
        return canonical(m).toString();
    }

    private static String ruleSet(JsonElement ruleSet) {
        JsonObject set = object(ruleSet, "ruleSet", true);
        Set<String> names = new HashSet<>();
        rules(set, "migrationRules", MIGRATION_MODES, names);
        rules(set, "domainRules", DOMAIN_MODES, names);
        rules(set, "encodingRules", DOMAIN_MODES, names);
        return canonical(set).toString();
    }

    private static void rules(JsonObject set, String field, Set<String> modes, Set<String> names) {
        if (!present(set.get(field))) {
            return;
        }
        if (!set.get(field).isJsonArray()) {
            throw invalid(true, "ruleSet." + field + " must be an array of rules");
        }
        JsonArray rules = set.getAsJsonArray(field);
        for (int i = 0; i < rules.size(); i++) {
            String where = "ruleSet." + field + "[" + i + "]";
            JsonObject rule = object(rules.get(i), where, true);
            String name = requiredString(rule, "name", where);
            if (!name.matches("[A-Za-z_][A-Za-z0-9_.\\-]*")) {
                throw invalid(true, where + ".name '" + name + "' must start with a letter or _ and hold only "
                        + "letters, digits, _, . and -");
            }
            if (!names.add(name)) {
                throw invalid(true, where + ": a rule named '" + name + "' is already in the rule set");
            }
            String kind = requiredString(rule, "kind", where);
            if (!KINDS.contains(kind)) {
                throw invalid(true, where + ".kind must be TRANSFORM or CONDITION, not '" + kind + "'");
            }
            String mode = requiredString(rule, "mode", where);
            if (!modes.contains(mode)) {
                throw invalid(true, where + ".mode must be one of " + String.join(", ", new TreeSet<>(modes))
                        + " here, not '" + mode + "'");
            }
            requiredString(rule, "type", where);
        }
    }

    private static String requiredString(JsonObject o, String field, String where) {
        if (!present(o.get(field))) {
            throw invalid(true, where + " has no " + field);
        }
        return string(o.get(field), where + "." + field, true);
    }

    private static JsonObject object(JsonElement e, String where, boolean rules) {
        if (!e.isJsonObject()) {
            throw invalid(rules, where + " must be a JSON object");
        }
        return e.getAsJsonObject();
    }

    private static JsonObject optionalObject(JsonObject o, String field, boolean rules) {
        return present(o.get(field)) ? object(o.get(field), "metadata." + field, rules) : null;
    }

    private static String string(JsonElement e, String where, boolean rules) {
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw invalid(rules, where + " must be a string");
        }
        return e.getAsString();
    }

    private static void strings(JsonElement e, String where, boolean rules) {
        if (!e.isJsonArray()) {
            throw invalid(rules, where + " must be an array of strings");
        }
        e.getAsJsonArray().forEach(item -> string(item, where + "[]", rules));
    }

    private static RegistryException invalid(boolean rules, String message) {
        return rules ? RegistryException.invalidRules("Invalid rule set: " + message)
                : RegistryException.invalidSchema("invalid metadata: " + message);
    }

    /** The same JSON with every object's keys sorted. */
    private static JsonElement canonical(JsonElement e) {
        if (e.isJsonObject()) {
            JsonObject sorted = new JsonObject();
            new TreeMap<>(e.getAsJsonObject().asMap()).forEach((k, v) -> sorted.add(k, canonical(v)));
            return sorted;
        }
        if (e.isJsonArray()) {
            JsonArray out = new JsonArray();
            e.getAsJsonArray().forEach(item -> out.add(canonical(item)));
            return out;
        }
        return e;
    }
}
