package dev.protovet.inputs.registry;

import dev.protovet.engine.InputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Registers a set of .proto files in a schema registry, or checks them against it, the way Confluent's serializers
 * do: each file under its own subject (its import path unless told otherwise), imports before the files that import
 * them, and every import sent as a reference to its subject. Well-known imports need no reference.
 */
public final class SchemaPublisher {
    private final RegistryClient client;

    public SchemaPublisher(RegistryClient client) {
        this.client = client;
    }

    /** What happened to one file. */
    public record Outcome(String path, String subject, Status status, int id, List<String> messages) {
        public Outcome {
            messages = List.copyOf(messages);
        }
    }

    /** Registered, compatible, incompatible, new (nothing to check against) or not checkable. */
    public enum Status { REGISTERED, COMPATIBLE, INCOMPATIBLE, NEW, SKIPPED }

    /**
     * Registers every file, imports first. An incompatible file stops the run with the registry's answer.
     *
     * @param files    import path (relative to its source root) to .proto text
     * @param subjects import path to subject, for files not registered under their import path
     */
    public List<Outcome> register(Map<String, String> files, Map<String, String> subjects) {
        Map<String, Integer> registeredVersions = new LinkedHashMap<>();
        List<Outcome> out = new ArrayList<>();
        for (String path : dependencyOrder(files)) {
            String subject = subjects.getOrDefault(path, path);
            List<RegistryClient.Reference> references = references(path, files, subjects, registeredVersions);
            RegistryClient.Registered registered = client.register(subject, files.get(path), references);
            registeredVersions.put(path, registered.version());
            out.add(new Outcome(path, subject, Status.REGISTERED, registered.id(), List.of()));
        }
        return out;
    }

    /** Checks every file against its subject's latest version, without registering anything. */
    public List<Outcome> check(Map<String, String> files, Map<String, String> subjects) {
        Map<String, Integer> latest = new LinkedHashMap<>();
        List<Outcome> out = new ArrayList<>();
        for (String path : dependencyOrder(files)) {
            String subject = subjects.getOrDefault(path, path);
            Optional<RegistryClient.SchemaVersion> current = client.findVersion(subject, "latest");
            current.ifPresent(v -> latest.put(path, v.version()));
            Optional<String> unregistered = SchemaReferences.imports(files.get(path)).stream()
                    .filter(i -> files.containsKey(i) && !latest.containsKey(i)).findFirst();
            if (current.isEmpty()) {
                out.add(new Outcome(path, subject, Status.NEW, 0, List.of("no version registered yet")));
            } else if (unregistered.isPresent()) {
                out.add(new Outcome(path, subject, Status.SKIPPED, 0, List.of("its import " + unregistered.get()
                        + " is not registered yet, so it cannot be checked until that is")));
            } else {
                RegistryClient.Compatibility result = client.check(subject, "latest", files.get(path),
                        references(path, files, subjects, latest));
                out.add(new Outcome(path, subject, result.compatible() ? Status.COMPATIBLE : Status.INCOMPATIBLE,
                        current.get().id(), result.messages()));
            }
        }
        return out;
    }

    /** References for a file's imports: project files at the version just registered, others at their latest. */
    private List<RegistryClient.Reference> references(String path, Map<String, String> files,
                                                      Map<String, String> subjects, Map<String, Integer> versions) {
        List<RegistryClient.Reference> out = new ArrayList<>();
        for (String imported : SchemaReferences.imports(files.get(path))) {
            if (SchemaReferences.wellKnown(imported)) {
                continue;
            }
            String subject = subjects.getOrDefault(imported, imported);
            Integer version = versions.get(imported);
            if (version == null) {
                version = client.findVersion(subject, "latest").map(RegistryClient.SchemaVersion::version)
                        .orElseThrow(() -> new InputException(path, "import \"" + imported + "\" is neither among the "
                                + "files being registered nor a subject in the registry (" + client.baseUrl() + ")"));
            }
            out.add(new RegistryClient.Reference(imported, subject, version));
        }
        return out;
    }

    /** The files, each after the project files it imports. */
    static List<String> dependencyOrder(Map<String, String> files) {
        Set<String> done = new LinkedHashSet<>();
        for (String path : files.keySet()) {
            visit(path, files, done, new LinkedHashSet<>());
        }
        return List.copyOf(done);
    }

    private static void visit(String path, Map<String, String> files, Set<String> done, Set<String> visiting) {
        if (done.contains(path) || !visiting.add(path)) {
            return;
        }
        for (String imported : SchemaReferences.imports(files.get(path))) {
            if (files.containsKey(imported)) {
                visit(imported, files, done, visiting);
            }
        }
        done.add(path);
    }
}
