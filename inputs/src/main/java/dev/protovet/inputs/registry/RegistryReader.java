package dev.protovet.inputs.registry;

import static dev.protovet.inputs.registry.RegistryClient.encode;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.protovet.engine.InputException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Reads what a copy needs from any Confluent-compatible registry, over its REST API: the subjects of every context
 * ({@code GET /subjects?deleted=true}), each one's versions including soft-deleted ones, and the configs and modes
 * of the subjects, their contexts and (when every subject is read) the global scope.
 */
final class RegistryReader {
    /** The config fields a copy carries over. */
    private static final Set<String> KEPT = Set.of("compatibilityLevel", "compatibility", "normalize", "compatibilityRules");
    private final RegistryClient client;
    private final Parallel parallel;
    private final Consumer<String> progress;

    RegistryReader(RegistryClient client, Parallel parallel, Consumer<String> progress) {
        this.client = client;
        this.parallel = parallel;
        this.progress = progress;
    }

    /** The subjects whose names start with {@code prefix} (every subject for an empty one). */
    RegistryContents read(String prefix) {
        List<String> subjects = subjects(prefix);
        Set<String> scopes = new TreeSet<>();
        if (prefix.isEmpty()) {
            scopes.add("");
        }
        for (String subject : subjects) {
            scopes.add(subject);
            String context = StoredVersion.contextScope(subject);
            if (!context.isEmpty()) {
                scopes.add(context);
            }
        }
        Progress counter = new Progress(progress, "reading " + client.baseUrl(), subjects.size(), "subjects");
        List<StoredVersion> versions = new ArrayList<>();
        parallel.map(subjects, subject -> {
            List<StoredVersion> read = versions(subject);
            counter.advance();
            return read;
        }).forEach(versions::addAll);
        List<String> notes = Collections.synchronizedList(new ArrayList<>());
        List<String> ordered = List.copyOf(scopes);
        List<Optional<RegistryContents.ScopeConfig>> configs = parallel.map(ordered, scope -> config(scope, notes));
        List<Optional<String>> modes = parallel.map(ordered, this::mode);
        Map<String, RegistryContents.ScopeConfig> configByScope = new LinkedHashMap<>();
        Map<String, String> modeByScope = new LinkedHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            String scope = ordered.get(i);
            configs.get(i).ifPresent(c -> configByScope.put(scope, c));
            modes.get(i).ifPresent(m -> modeByScope.put(scope, m));
        }
        return new RegistryContents(versions, configByScope, modeByScope, notes.stream().sorted().toList());
    }

    private List<String> subjects(String prefix) {
        Set<String> out = new TreeSet<>();
        for (JsonElement subject : array(client.send("GET", "/subjects?deleted=true", null), "/subjects")) {
            if (subject.getAsString().startsWith(prefix)) {
                out.add(subject.getAsString());
            }
        }
        return List.copyOf(out);
    }

    private List<StoredVersion> versions(String subject) {
        String path = "/subjects/" + encode(subject) + "/versions";
        JsonElement all = client.send("GET", path + "?deleted=true", null, true);
        if (all == null) {
            return List.of(); // permanently deleted since it was listed
        }
        Set<Integer> live = new HashSet<>();
        JsonElement liveAnswer = client.send("GET", path, null, true);
        if (liveAnswer != null) {
            array(liveAnswer, path).forEach(v -> live.add(v.getAsInt()));
        }
        List<StoredVersion> out = new ArrayList<>();
        for (JsonElement number : array(all, path)) {
            int version = number.getAsInt();
            JsonElement body = client.send("GET", path + "/" + version + "?deleted=true", null, true);
            if (body != null) {
                out.add(version(subject, version, body.getAsJsonObject(), !live.contains(version)));
            }
        }
        return out;
    }

    private static StoredVersion version(String subject, int version, JsonObject body, boolean deleted) {
        return new StoredVersion(subject, version, body.get("id").getAsInt(), text(body, "guid"),
                RegistryClient.schemaType(body), body.get("schema").getAsString(),
                RegistryClient.references(body), body.get("metadata"), body.get("ruleSet"),
                body.has("ts") && !body.get("ts").isJsonNull() ? body.get("ts").getAsLong() : null, deleted);
    }

    /**
     * A scope's own config; none when it has none ({@code 40408}). Fields protovet's registry does not keep
     * (Confluent's defaultMetadata, overrideRuleSet, alias, ...) are named in {@code notes}.
     */
    private Optional<RegistryContents.ScopeConfig> config(String scope, List<String> notes) {
        JsonElement answer = client.send("GET", RegistryClient.scopePath("/config", scope), null, true);
        if (answer == null) {
            return Optional.empty();
        }
        JsonObject body = answer.getAsJsonObject();
        List<String> dropped = body.entrySet().stream().filter(e -> !KEPT.contains(e.getKey()) && !e.getValue().isJsonNull())
                .map(Map.Entry::getKey).sorted().toList();
        if (!dropped.isEmpty()) {
            notes.add("the config of " + (scope.isEmpty() ? "the registry" : scope) + " has " + String.join(", ", dropped)
                    + ", which protovet's registry does not keep: not copied");
        }
        String level = text(body, "compatibilityLevel");
        List<String> rules = null;
        if (body.has("compatibilityRules") && body.get("compatibilityRules").isJsonArray()) {
            rules = new ArrayList<>();
            for (JsonElement rule : body.getAsJsonArray("compatibilityRules")) {
                rules.add(rule.getAsString());
            }
        }
        Boolean normalize = body.has("normalize") && !body.get("normalize").isJsonNull()
                ? body.get("normalize").getAsBoolean() : null;
        return Optional.of(new RegistryContents.ScopeConfig(
                level == null ? text(body, "compatibility") : level, normalize, rules));
    }

    /** A scope's own mode; none when it has none ({@code 40409}). */
    private Optional<String> mode(String scope) {
        JsonElement answer = client.send("GET", RegistryClient.scopePath("/mode", scope), null, true);
        return answer == null ? Optional.empty() : Optional.ofNullable(text(answer.getAsJsonObject(), "mode"));
    }

    private static String text(JsonObject body, String key) {
        return body.has(key) && !body.get(key).isJsonNull() ? body.get(key).getAsString() : null;
    }

    private JsonArray array(JsonElement answer, String path) {
        if (!answer.isJsonArray()) {
            throw new InputException(client.baseUrl() + path, "expected a JSON array, got " + answer);
        }
        return answer.getAsJsonArray();
    }
}
