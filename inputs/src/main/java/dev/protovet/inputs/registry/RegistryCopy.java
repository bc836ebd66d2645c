package dev.protovet.inputs.registry;

import static dev.protovet.inputs.registry.RegistryClient.encode;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.protovet.engine.InputException;
import dev.protovet.engine.InputException.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Copies subjects from one Confluent-compatible registry to another with their ids, version numbers, GUIDs,
 * references, metadata and rule sets, soft-deleted versions, configs and modes: it reads both sides, plans what is
 * missing (refusing before any write when an id or version is taken by another schema), writes it through IMPORT
 * mode, and reads the target again to verify. What is already there is left alone, so a second run writes nothing
 * and an interrupted run resumes where it stopped.
 */
public final class RegistryCopy {
    private static final Gson GSON = new Gson();
    private final RegistryClient from;
    private final RegistryClient to;
    private final Consumer<String> progress;

    /** {@code progress}: a line now and then on a long copy (for stderr). */
    public RegistryCopy(RegistryClient from, RegistryClient to, Consumer<String> progress) {
        this.from = from;
        this.to = to;
        this.progress = progress;
    }

    /** Why a copy did not start: the conflicts, one line each, and that nothing was written. */
    private static InputException refused(String target, List<String> conflicts) {
        return new InputException(problems(target, conflicts, "nothing was copied: " + conflicts.size() + " conflict"
                + (conflicts.size() == 1 ? "" : "s") + " with the target"));
    }

    private static List<Problem> problems(String target, List<String> lines, String last) {
        List<Problem> out = new ArrayList<>();
        lines.forEach(line -> out.add(new Problem(target, 0, 0, line)));
        out.add(new Problem(target, 0, 0, last));
        return out;
    }

    /** What a run did (or, in a dry run, would do), and what it verified. */
    public record Report(CopyPlan plan, List<String> notes, boolean dryRun, int verifiedIds, int verifiedVersions) {
        public Report {
            notes = List.copyOf(notes);
        }

        /** Lines for a person: what was (or would be) written, and the verification. */
        public List<String> lines(String target) {
            List<String> out = new ArrayList<>();
            if (plan.empty()) {
                out.add("nothing to copy: " + target + " already holds all " + plan.unchanged()
                        + " versions, with the same ids, configs and modes");
            } else {
                out.add((dryRun ? "would import " : "imported ") + count(plan.imports().size(), "version") + " of "
                        + count(plan.importingSubjects().size(), "subject") + " (ids and version numbers kept), "
                        + (dryRun ? "soft-delete " : "soft-deleted ") + plan.deletes().size() + ", "
                        + "set " + count(plan.configs().size(), "config") + " and "
                        + count(plan.modesChanged(), "mode") + "; " + plan.unchanged() + " already there");
            }
            if (!dryRun) {
                out.add("verified: " + count(verifiedIds, "schema id") + " and " + count(verifiedVersions, "version")
                        + " answer the same in both registries");
            }
            notes.forEach(note -> out.add("note: " + note));
            String global = plan.modes().get("");
            if (global != null && !global.equals("READWRITE")) {
                out.add("note: the target's global mode " + (dryRun ? "would be " : "is now ") + global
                        + ", as in the source; PUT /mode {\"mode\":\"READWRITE\"} when producers move over");
            }
            return out;
        }

        private static String count(int n, String thing) {
            return n + " " + thing + (n == 1 ? "" : "s");
        }
    }

    /** Copies the subjects whose names start with {@code prefix} (every subject and the global scope for ""). */
    public Report run(String prefix, boolean dryRun) {
        try (Parallel parallel = new Parallel()) {
            RegistryContents source = new RegistryReader(from, parallel, progress).read(prefix);
            RegistryContents target = new RegistryReader(to, parallel, progress).read(prefix);
            CopyPlan plan = CopyPlan.between(source, target, idsTaken(source, target, parallel));
            if (!plan.conflicts().isEmpty()) {
                throw refused(to.baseUrl(), plan.conflicts());
            }
            if (dryRun) {
                return new Report(plan, source.notes(), true, 0, 0);
            }
            apply(plan, parallel);
            return verify(plan, source, prefix, parallel);
        }
    }

    /** What the target holds under the ids of the versions it lacks. */
    private Map<String, CopyPlan.SchemaAtId> idsTaken(RegistryContents source, RegistryContents target,
                                                      Parallel parallel) {
        return schemasAtIds(source.versions().stream()
                .filter(v -> target.version(v.subject(), v.version()).isEmpty()).toList(), parallel);
    }

    /** What the target answers for the ids of these versions, by {@link StoredVersion#idKey()}; ids it lacks are absent. */
    private Map<String, CopyPlan.SchemaAtId> schemasAtIds(List<StoredVersion> versions, Parallel parallel) {
        Map<String, StoredVersion> byId = new LinkedHashMap<>();
        versions.forEach(v -> byId.putIfAbsent(v.idKey(), v));
        List<StoredVersion> asked = List.copyOf(byId.values());
        List<JsonElement> answers = parallel.map(asked, v -> to.send("GET", idPath(v), null, true));
        Map<String, CopyPlan.SchemaAtId> out = new LinkedHashMap<>();
        for (int i = 0; i < asked.size(); i++) {
            if (answers.get(i) != null) {
                out.put(asked.get(i).idKey(), schemaAtId(answers.get(i).getAsJsonObject()));
            }
        }
        return out;
    }

    private static String idPath(StoredVersion v) {
        return "/schemas/ids/" + v.id() + "?subject=" + encode(v.subject());
    }

    private static CopyPlan.SchemaAtId schemaAtId(JsonObject body) {
        return new CopyPlan.SchemaAtId(RegistryClient.schemaType(body),
                body.get("schema").getAsString(), RegistryClient.references(body));
    }

    private void apply(CopyPlan plan, Parallel parallel) {
        parallel.map(List.copyOf(plan.importingSubjects()),
                subject -> to.send("PUT", "/mode/" + encode(subject) + "?force=true", "{\"mode\":\"IMPORT\"}"));
        Progress imported = new Progress(progress, "copying to " + to.baseUrl(), plan.imports().size(), "versions");
        for (List<StoredVersion> wave : waves(plan.imports())) {
            parallel.map(wave, v -> {
                JsonObject answer = to.send("POST", "/subjects/" + encode(v.subject()) + "/versions", importBody(v))
                        .getAsJsonObject();
                if (answer.get("id").getAsInt() != v.id()) {
                    throw new InputException(to.baseUrl(), v.describe() + " was registered as id " + answer.get("id")
                            + ", not " + v.id() + "; the target is not honouring IMPORT mode");
                }
                imported.advance();
                return answer;
            });
        }
        for (StoredVersion v : plan.deletes()) {
            to.send("DELETE", "/subjects/" + encode(v.subject()) + "/versions/" + v.version(), null);
        }
        parallel.map(List.copyOf(plan.configs().keySet()), scope -> to.send("PUT",
                RegistryClient.scopePath("/config", scope), configBody(plan.configs().get(scope))));
        List<String> scopes = plan.modes().keySet().stream().filter(scope -> !scope.isEmpty()).toList();
        parallel.map(scopes, scope -> setMode(scope, plan.modes().get(scope)));
        if (plan.modes().containsKey("")) {
            setMode("", plan.modes().get("")); // the global mode last
        }
    }

    /** A scope's mode, or (null) none of its own. */
    private JsonElement setMode(String scope, String mode) {
        String path = RegistryClient.scopePath("/mode", scope);
        return mode == null ? to.send("DELETE", path, null, true)
                : to.send("PUT", path + "?force=true", "{\"mode\":" + GSON.toJson(mode) + "}");
    }

    /**
     * The imports in waves that may each be sent at once: a version goes in the wave after the last one holding a
     * version it references.
     */
    static List<List<StoredVersion>> waves(List<StoredVersion> referencesFirst) {
        Map<String, Integer> waveOf = new HashMap<>();
        List<List<StoredVersion>> out = new ArrayList<>();
        for (StoredVersion v : referencesFirst) {
            int wave = 0;
            for (RegistryClient.Reference r : v.references()) {
                Integer referenced = waveOf.get(StoredVersion.key(r.subject(), r.version()));
                if (referenced != null) {
                    wave = Math.max(wave, referenced + 1);
                }
            }
            waveOf.put(v.key(), wave);
            while (out.size() <= wave) {
                out.add(new ArrayList<>());
            }
            out.get(wave).add(v);
        }
        return out;
    }

    private static String importBody(StoredVersion v) {
        JsonObject body = RegistryClient.schemaJson(v.schema(), v.references());
        body.addProperty("schemaType", v.schemaType());
        body.addProperty("id", v.id());
        body.addProperty("version", v.version());
        if (v.guid() != null) {
            body.addProperty("guid", v.guid());
        }
        if (v.registeredAt() != null) {
            body.addProperty("ts", v.registeredAt());
        }
        if (v.metadata() != null && !v.metadata().isJsonNull()) {
            body.add("metadata", v.metadata());
        }
        if (v.ruleSet() != null && !v.ruleSet().isJsonNull()) {
            body.add("ruleSet", v.ruleSet());
        }
        return GSON.toJson(body);
    }

    private static String configBody(RegistryContents.ScopeConfig config) {
        JsonObject body = new JsonObject();
        if (config.compatibility() != null) {
            body.addProperty("compatibility", config.compatibility());
        }
        if (config.normalize() != null) {
            body.addProperty("normalize", config.normalize());
        }
        if (config.rules() != null) {
            JsonArray rules = new JsonArray();
            config.rules().forEach(rules::add);
            body.add("compatibilityRules", rules);
        }
        return GSON.toJson(body);
    }

    /** Reads the target again: every source version and id must answer the same there. */
    private Report verify(CopyPlan plan, RegistryContents source, String prefix, Parallel parallel) {
        RegistryContents target = new RegistryReader(to, parallel, progress).read(prefix);
        List<String> wrong = new ArrayList<>();
        Map<String, StoredVersion> ids = new LinkedHashMap<>();
        for (StoredVersion wanted : source.versions()) {
            ids.putIfAbsent(wanted.idKey(), wanted);
            StoredVersion there = target.version(wanted.subject(), wanted.version()).orElse(null);
            if (there == null || !there.sameSchema(wanted) || there.deleted() != wanted.deleted()) {
                wrong.add(wanted.describe() + " does not answer the same in the target");
            }
        }
        Map<String, CopyPlan.SchemaAtId> answered = schemasAtIds(List.copyOf(ids.values()), parallel);
        for (StoredVersion wanted : ids.values()) {
            CopyPlan.SchemaAtId there = answered.get(wanted.idKey());
            if (there == null || !wanted.sameText(there.schemaType(), there.schema(), there.references())) {
                wrong.add("id " + wanted.idKey() + " does not answer the same schema in the target");
            }
        }
        if (!wrong.isEmpty()) {
            throw new InputException(problems(to.baseUrl(), wrong, "the copy did not verify: " + wrong.size()
                    + " of " + (source.versions().size() + ids.size()) + " checks failed"));
        }
        return new Report(plan, source.notes(), false, ids.size(), source.versions().size());
    }
}
