package dev.protovet.maven;

import dev.protovet.engine.InputException;
import dev.protovet.inputs.registry.RegistryClient;
import dev.protovet.inputs.registry.SchemaPublisher;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.settings.Server;

/**
 * What the register and compatibility goals share: the registry (its URL, and credentials from a settings.xml
 * server), the project's .proto files, and which subject each file goes under (its import path unless the
 * {@code subjects} map names another).
 */
final class RegistryTarget {
    private final RegistryClient client;
    private final Map<String, String> files;
    private final Map<String, String> subjectsByFile;

    private RegistryTarget(RegistryClient client, Map<String, String> files, Map<String, String> subjectsByFile) {
        this.client = client;
        this.files = files;
        this.subjectsByFile = subjectsByFile;
    }

    /** {@code protovet:register}: registers every file, imports first; an incompatible one fails the build. */
    static void register(Log log, RegistryGoal goal) throws MojoExecutionException, MojoFailureException {
        Optional<RegistryTarget> found = prepare(log, goal, "register");
        if (found.isPresent()) {
            log.info("protovet: registering in " + found.get().url());
            log(log, found.get().register());
        }
    }

    /** {@code protovet:compatibility}: checks every file against its subject; an incompatible one fails the build. */
    static void checkCompatibility(Log log, RegistryGoal goal) throws MojoExecutionException, MojoFailureException {
        Optional<RegistryTarget> found = prepare(log, goal, "check");
        if (found.isEmpty()) {
            return;
        }
        RegistryTarget target = found.get();
        log.info("protovet: checking against " + target.url());
        List<SchemaPublisher.Outcome> outcomes = target.check();
        log(log, outcomes);
        List<SchemaPublisher.Outcome> incompatible = outcomes.stream()
                .filter(o -> o.status() == SchemaPublisher.Status.INCOMPATIBLE).toList();
        if (!incompatible.isEmpty()) {
            StringBuilder message = new StringBuilder("protovet: " + incompatible.size() + " schema"
                    + (incompatible.size() == 1 ? " is" : "s are") + " incompatible with " + target.url() + ":");
            incompatible.forEach(o -> {
                message.append("\n").append(o.path()).append(" -> ").append(o.subject()).append(':');
                o.messages().forEach(m -> message.append("\n  ").append(m));
            });
            throw new MojoFailureException(message.toString());
        }
    }

    /** The target of a goal run, or empty (and a log line) when the goal is skipped or there is nothing to send. */
    private static Optional<RegistryTarget> prepare(Log log, RegistryGoal goal, String verb)
            throws MojoExecutionException, MojoFailureException {
        if (goal.skip()) {
            log.info("protovet: skipped");
            return Optional.empty();
        }
        RegistryTarget target = of(goal.registryUrl(), goal.serverId(), goal.session(), goal.protos(), goal.subjects());
        if (target.isEmpty()) {
            log.info("protovet: no .proto files to " + verb + " in " + goal.protos().roots());
            return Optional.empty();
        }
        return Optional.of(target);
    }

    /**
     * @param subjects subject to file (a path relative to a source root), as configured
     */
    private static RegistryTarget of(String registryUrl, String serverId, MavenSession session, ProjectProtos protos,
                             Map<String, String> subjects) throws MojoExecutionException, MojoFailureException {
        if (registryUrl == null || registryUrl.isBlank()) {
            throw new MojoFailureException("protovet: registryUrl is not set (-Dprotovet.registryUrl=http://...)");
        }
        Map<String, String> files;
        try {
            files = protos.sources();
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read the .proto files: " + e.getMessage(), e);
        }
        Map<String, String> byFile = new LinkedHashMap<>();
        if (subjects != null) {
            for (Map.Entry<String, String> e : subjects.entrySet()) {
                String file = e.getValue().trim().replace('\\', '/');
                if (!files.containsKey(file)) {
                    throw new MojoFailureException("protovet: subjects: " + e.getKey() + " names " + file
                            + ", which is not a .proto file under " + protos.roots());
                }
                byFile.put(file, e.getKey());
            }
        }
        return new RegistryTarget(new RegistryClient(registryUrl, credentials(serverId, session)), files, byFile);
    }

    private boolean isEmpty() {
        return files.isEmpty();
    }

    private String url() {
        return client.baseUrl();
    }

    private List<SchemaPublisher.Outcome> register() throws MojoFailureException {
        try {
            return new SchemaPublisher(client).register(files, subjectsByFile);
        } catch (InputException e) {
            throw new MojoFailureException(FailureMessages.problems("protovet: registering in " + url() + " failed:",
                    e, f -> f));
        }
    }

    private List<SchemaPublisher.Outcome> check() throws MojoFailureException {
        try {
            return new SchemaPublisher(client).check(files, subjectsByFile);
        } catch (InputException e) {
            throw new MojoFailureException(FailureMessages.problems("protovet: checking against " + url() + " failed:",
                    e, f -> f));
        }
    }

    /** Logs one line per file. */
    private static void log(Log log, List<SchemaPublisher.Outcome> outcomes) {
        for (SchemaPublisher.Outcome o : outcomes) {
            String line = "protovet: " + o.path() + " -> " + o.subject() + ": " + o.status().name().toLowerCase()
                    + (o.id() > 0 ? " (id " + o.id() + ")" : "");
            if (o.status() == SchemaPublisher.Status.INCOMPATIBLE) {
                log.error(line);
                o.messages().forEach(m -> log.error("  " + m));
            } else {
                log.info(line + (o.status() == SchemaPublisher.Status.SKIPPED ? ": " + o.messages().get(0) : ""));
            }
        }
    }

    /** user:password (HTTP basic), or a bearer token when the server entry has only a password. */
    static String credentials(String serverId, MavenSession session) throws MojoFailureException {
        if (serverId == null || serverId.isBlank()) {
            return null;
        }
        Server server = session.getSettings().getServer(serverId);
        if (server == null) {
            throw new MojoFailureException("protovet: serverId " + serverId + " is not a <server> in settings.xml");
        }
        if (server.getUsername() == null || server.getUsername().isBlank()) {
            return server.getPassword();
        }
        return server.getUsername() + ":" + (server.getPassword() == null ? "" : server.getPassword());
    }
}
