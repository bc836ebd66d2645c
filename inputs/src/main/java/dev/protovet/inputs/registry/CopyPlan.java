package dev.protovet.inputs.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a copy has to write to make the target hold what the source holds, worked out before anything is written:
 * the versions to import (each after the versions it references), the ones to soft-delete once imported, the
 * configs and modes to set, and the conflicts that stop the copy.
 *
 * @param imports   versions missing from the target, references first
 * @param deletes   versions soft-deleted in the source but live in the target, referrers first
 * @param configs   scopes whose config to set
 * @param modes     scopes whose mode to set at the end; a null mode removes the scope's own mode
 * @param conflicts why the copy cannot go ahead, one line each
 * @param unchanged versions already in the target as in the source
 */
public record CopyPlan(List<StoredVersion> imports, List<StoredVersion> deletes,
                       Map<String, RegistryContents.ScopeConfig> configs, Map<String, String> modes,
                       List<String> conflicts, int unchanged) {

    /** A schema the target already gives an id to: its type, text and references. */
    record SchemaAtId(String schemaType, String schema, List<RegistryClient.Reference> references) {
    }

    /** Nothing to write. */
    public boolean empty() {
        return imports.isEmpty() && deletes.isEmpty() && configs.isEmpty() && modes.isEmpty();
    }

    /** Modes the copy changes, besides taking the subjects it writes to out of IMPORT mode again. */
    public int modesChanged() {
        Set<String> importing = importingSubjects();
        return (int) modes.entrySet().stream()
                .filter(e -> !(importing.contains(e.getKey()) && e.getValue() == null)).count();
    }

    /** Subjects the copy writes versions to, which are put in IMPORT mode while it does. */
    public Set<String> importingSubjects() {
        return subjects(imports, deletes);
    }

    private static Set<String> subjects(List<StoredVersion> imports, List<StoredVersion> deletes) {
        Set<String> out = new TreeSet<>();
        imports.forEach(v -> out.add(v.subject()));
        deletes.forEach(v -> out.add(v.subject()));
        return out;
    }

    /**
     * @param source  what to copy
     * @param target  what the target holds of the same subjects
     * @param idsTaken schemas the target already holds under the ids of versions it lacks, by {@link StoredVersion#idKey()}
     */
    static CopyPlan between(RegistryContents source, RegistryContents target, Map<String, SchemaAtId> idsTaken) {
        List<String> conflicts = new ArrayList<>();
        List<StoredVersion> missing = new ArrayList<>();
        List<StoredVersion> deletes = new ArrayList<>();
        int unchanged = 0;
        for (StoredVersion wanted : source.versions()) {
            if (!wanted.schemaType().equals("PROTOBUF")) {
                conflicts.add(wanted.describe() + " is of type " + wanted.schemaType() + "; protovet's registry keeps "
                        + "PROTOBUF schemas only (--subject-prefix chooses the subjects to copy)");
                continue;
            }
            StoredVersion there = target.version(wanted.subject(), wanted.version()).orElse(null);
            if (there == null) {
                SchemaAtId taken = idsTaken.get(wanted.idKey());
                if (taken != null && !wanted.sameText(taken.schemaType(), taken.schema(), taken.references())) {
                    conflicts.add("id " + describeId(wanted) + " of " + wanted.describe()
                            + " is taken in the target by another schema");
                } else {
                    missing.add(wanted);
                }
            } else if (!there.sameSchema(wanted)) {
                conflicts.add(wanted.describe() + " is id " + wanted.id() + " in the source but id " + there.id()
                        + (there.id() == wanted.id() ? " with another schema" : "") + " in the target");
            } else if (there.deleted() && !wanted.deleted()) {
                conflicts.add(wanted.describe() + " is soft-deleted in the target but not in the source");
            } else if (wanted.deleted() && !there.deleted()) {
                deletes.add(wanted);
            } else {
                unchanged++;
            }
        }
        List<StoredVersion> imports = referencesFirst(missing, source, target, conflicts);
        // versions soft-deleted in the source are imported, then deleted: referrers before what they reference
        List<StoredVersion> referrersFirst = new ArrayList<>(deletes);
        imports.stream().filter(StoredVersion::deleted).forEach(referrersFirst::add);
        Collections.reverse(referrersFirst);
        Set<String> importing = subjects(imports, referrersFirst);
        return new CopyPlan(imports, List.copyOf(referrersFirst), configs(source, target),
                Collections.unmodifiableMap(modes(source, target, importing)), List.copyOf(conflicts), unchanged);
    }

    private static String describeId(StoredVersion v) {
        String context = v.contextScope();
        return v.id() + (context.isEmpty() ? "" : " (context " + context.substring(1, context.length() - 1) + ")");
    }

    /** The versions to import, each after those it references; references to neither side are conflicts. */
    private static List<StoredVersion> referencesFirst(List<StoredVersion> missing, RegistryContents source,
                                                       RegistryContents target, List<String> conflicts) {
        Map<String, StoredVersion> byKey = new LinkedHashMap<>();
        missing.forEach(v -> byKey.put(v.key(), v));
        Set<String> done = new LinkedHashSet<>();
        List<StoredVersion> out = new ArrayList<>();
        for (StoredVersion v : missing) {
            visit(v, byKey, done, new HashSet<>(), out, source, target, conflicts);
        }
        return List.copyOf(out);
    }

    private static void visit(StoredVersion v, Map<String, StoredVersion> byKey, Set<String> done, Set<String> visiting,
                              List<StoredVersion> out, RegistryContents source, RegistryContents target,
                              List<String> conflicts) {
        String key = v.key();
        if (done.contains(key) || !visiting.add(key)) {
            return;
        }
        for (RegistryClient.Reference reference : v.references()) {
            StoredVersion referenced = byKey.get(StoredVersion.key(reference.subject(), reference.version()));
            if (referenced != null) {
                visit(referenced, byKey, done, visiting, out, source, target, conflicts);
            } else if (target.version(reference.subject(), reference.version()).isEmpty()
                    && source.version(reference.subject(), reference.version()).isEmpty()) {
                conflicts.add(v.describe() + " references " + reference.subject() + " version " + reference.version()
                        + ", which is neither copied (see --subject-prefix) nor in the target");
            }
        }
        done.add(key);
        out.add(v);
    }

    /** Scopes whose config differs; a scope the source does not configure keeps whatever the target has. */
    private static Map<String, RegistryContents.ScopeConfig> configs(RegistryContents source, RegistryContents target) {
        Map<String, RegistryContents.ScopeConfig> out = new LinkedHashMap<>();
        source.configs().forEach((scope, config) -> {
            if (!config.equals(target.configs().get(scope))) {
                out.put(scope, config);
            }
        });
        return out;
    }

    /**
     * Scopes whose mode differs, and every subject the copy writes to (it leaves IMPORT mode at the end): the
     * source's mode, or none (null) where the source has none.
     */
    private static Map<String, String> modes(RegistryContents source, RegistryContents target, Set<String> importing) {
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> scopes = new TreeSet<>(source.modes().keySet());
        scopes.addAll(importing);
        // a subject left in IMPORT mode by an interrupted copy gets its own mode back too
        source.versions().forEach(v -> scopes.add(v.subject()));
        for (String scope : scopes) {
            String wanted = source.modes().get(scope);
            if (importing.contains(scope) || !Objects.equals(wanted, target.modes().get(scope))) {
                out.put(scope, wanted);
            }
        }
        return out;
    }
}
