package dev.protovet.cli;

import dev.protovet.engine.InputException;
import dev.protovet.inputs.registry.RegistryClient;
import dev.protovet.inputs.registry.RegistryCopy;
import dev.protovet.inputs.registry.SchemaReferences;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code protovet registry ...}: talk to a protovet or Confluent-compatible schema registry. */
@Command(name = "registry", mixinStandardHelpOptions = true,
        description = "Registers, fetches and checks PROTOBUF schemas in a Confluent-compatible schema registry.",
        subcommands = {RegistryCommand.Get.class, RegistryCommand.Register.class, RegistryCommand.Check.class,
                RegistryCommand.ListSubjects.class, RegistryCommand.Config.class,
                RegistryCommand.Copy.class})
public final class RegistryCommand {

    /** Where the registry is and how to log in; flags win over the environment. */
    static final class Connection {
        @Option(names = "--url", defaultValue = "${env:PROTOVET_REGISTRY_URL:-http://localhost:8081}",
                description = "Registry URL (env PROTOVET_REGISTRY_URL). Default: ${DEFAULT-VALUE}.")
        String url;

        @Option(names = "--auth", defaultValue = "${env:PROTOVET_REGISTRY_AUTH}", paramLabel = "<user:password|token>",
                description = "HTTP basic credentials or a bearer token (env PROTOVET_REGISTRY_AUTH).")
        String auth;

        RegistryClient client() {
            return new RegistryClient(url, auth);
        }
    }

    /** The schema a command sends: a subject, the .proto file and its references. */
    static final class SchemaToSend {
        @Option(names = "--subject", required = true)
        String subject;

        @Option(names = "--reference", paramLabel = "<import=subject[:version]>",
                description = "A reference for an import (repeatable). Imports without one use the subject's latest "
                        + "references, else the latest version of the subject named like the import path.")
        List<String> references = new ArrayList<>();

        @Parameters(paramLabel = "<file.proto>")
        Path file;

        /** The file's text, with {@code --reference} flags and the rest inferred from its imports. */
        Schema read(RegistryClient client) {
            String text = schemaText(file);
            List<RegistryClient.Reference> explicit = new ArrayList<>();
            for (String reference : references) {
                try {
                    explicit.add(SchemaReferences.parse(reference));
                } catch (IllegalArgumentException e) {
                    throw new InputException("--reference", e.getMessage());
                }
            }
            return new Schema(text, SchemaReferences.infer(client, subject, text, explicit));
        }
    }

    /** A schema's text and the references it is sent with. */
    record Schema(String text, List<RegistryClient.Reference> references) {
    }

    /** Reads the schema to send: a .proto file, or a directory holding exactly one. */
    static String schemaText(Path input) {
        try {
            Path file = input;
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    List<Path> protos = walk.filter(p -> p.toString().endsWith(".proto")).toList();
                    if (protos.size() != 1) {
                        throw new InputException(input.toString(), "holds " + protos.size()
                                + " .proto files; name the one to send");
                    }
                    file = protos.get(0);
                }
            }
            return Files.readString(file);
        } catch (IOException e) {
            throw new InputException(input.toString(), "cannot read: " + e.getMessage());
        }
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "Prints a subject's schema.")
    static final class Get implements Callable<Integer> {
        @Mixin CommandOutput out;
        @Mixin Connection connection;
        @Option(names = "--subject", required = true) String subject;
        @Option(names = "--version", defaultValue = "latest", description = "A version number or latest.") String version;

        @Override
        public Integer call() {
            String schema = connection.client().version(subject, version).schema();
            out.print(schema.endsWith("\n") ? schema : schema + "\n");
            return ExitCodes.OK;
        }
    }

    @Command(name = "register", mixinStandardHelpOptions = true,
            description = "Registers a schema under a subject and prints its id (the registry checks compatibility).",
            footer = {"", "Exit codes: 0 registered, 100 refused as incompatible (the findings are printed), 1 error."})
    static final class Register implements Callable<Integer> {
        @Mixin CommandOutput out;
        @Mixin Connection connection;
        @Mixin SchemaToSend toSend;

        @Override
        public Integer call() {
            RegistryClient client = connection.client();
            Schema schema = toSend.read(client);
            Optional<RegistryClient.Registered> registered = client.registerIfCompatible(toSend.subject, schema.text(),
                    schema.references());
            if (registered.isPresent()) {
                out.println(registered.get().id());
                return ExitCodes.OK;
            }
            // the registry compares with the versions its compatibility level names: ask it what it found there
            RegistryClient.Compatibility why = client.check(toSend.subject, null, schema.text(), schema.references());
            out.print(findings("not registered: incompatible with " + toSend.subject, why));
            return ExitCodes.FINDINGS;
        }
    }

    /** A compatibility answer as the check and register commands print it: a heading, then one finding a line. */
    static String findings(String heading, RegistryClient.Compatibility result) {
        StringBuilder text = new StringBuilder(heading).append(result.messages().isEmpty() ? "" : ":")
                .append(System.lineSeparator());
        result.messages().forEach(m -> text.append("  ").append(m).append(System.lineSeparator()));
        return text.toString();
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Checks a schema against a subject without registering it.",
            footer = {"", "Exit codes: 0 compatible, 100 incompatible, 1 error."})
    static final class Check implements Callable<Integer> {
        @Mixin CommandOutput out;
        @Mixin Connection connection;
        @Mixin SchemaToSend toSend;
        @Option(names = "--version", defaultValue = "latest") String version;

        @Override
        public Integer call() {
            RegistryClient client = connection.client();
            if (version.equals("latest") && client.findVersion(toSend.subject, "latest").isEmpty()) {
                // as the Maven plugin says it: there is nothing to be incompatible with yet
                out.println(toSend.subject + " is new: no version registered yet, so nothing to check against");
                return ExitCodes.OK;
            }
            Schema schema = toSend.read(client);
            RegistryClient.Compatibility result = client.check(toSend.subject, version, schema.text(), schema.references());
            String against = toSend.subject + " " + version;
            out.print(findings((result.compatible() ? "compatible with " : "incompatible with ") + against, result));
            return result.compatible() ? ExitCodes.OK : ExitCodes.FINDINGS;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the subjects.")
    static final class ListSubjects implements Callable<Integer> {
        @Mixin CommandOutput out;
        @Mixin Connection connection;

        @Override
        public Integer call() {
            connection.client().subjects().forEach(out::println);
            return ExitCodes.OK;
        }
    }

    @Command(name = "copy", mixinStandardHelpOptions = true,
            description = {"Copies subjects from one Confluent-compatible registry into another with the same ids, "
                    + "version numbers, references, metadata, soft-deleted versions, configs and modes (through IMPORT "
                    + "mode), then verifies that every id answers the same schema on both sides.",
                    "It writes only what the target lacks: a second run writes nothing, and a run stopped halfway "
                    + "resumes. An id or version the target holds with another schema stops it before any write."},
            footer = {"", "Exit codes: 0 copied (or nothing to copy), 1 error or conflict."})
    static final class Copy implements Callable<Integer> {
        @Mixin CommandOutput out;
        @Spec CommandSpec spec;
        @Option(names = "--from", required = true, paramLabel = "<url>", description = "The registry to copy from.")
        String from;
        @Option(names = "--to", required = true, paramLabel = "<url>", description = "The registry to copy into.")
        String to;
        @Option(names = "--from-auth", defaultValue = "${env:PROTOVET_FROM_AUTH}", paramLabel = "<user:password|token>",
                description = "Credentials for --from (env PROTOVET_FROM_AUTH).")
        String fromAuth;
        @Option(names = "--to-auth", defaultValue = "${env:PROTOVET_TO_AUTH}", paramLabel = "<user:password|token>",
                description = "Credentials for --to (env PROTOVET_TO_AUTH).")
        String toAuth;
        @Option(names = "--subject-prefix", defaultValue = "", paramLabel = "<prefix>",
                description = "Copy only subjects whose names start with this (:.team-a: for a context); the global "
                        + "config and mode are copied only without it.")
        String prefix;
        @Option(names = "--dry-run", description = "Read both sides and print what would be written; write nothing.")
        boolean dryRun;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            RegistryClient target = new RegistryClient(to, toAuth);
            RegistryCopy.Report report = new RegistryCopy(new RegistryClient(from, fromAuth), target, line -> {
                err.println(line);
                err.flush();
            }).run(prefix, dryRun);
            report.lines(target.baseUrl()).forEach(out::println);
            return ExitCodes.OK;
        }
    }

    @Command(name = "config", mixinStandardHelpOptions = true,
            description = "Prints (or with --set changes) the compatibility level, of a subject or the global one.")
    static final class Config implements Callable<Integer> {
        @Mixin CommandOutput out;
        @Mixin Connection connection;
        @Option(names = "--subject") String subject;
        @Option(names = "--set", paramLabel = "<level>", completionCandidates = CompletionCandidates.CompatibilityLevels.class,
                description = "One of ${COMPLETION-CANDIDATES}.")
        String level;

        @Override
        public Integer call() {
            RegistryClient client = connection.client();
            out.println(level == null ? client.compatibilityLevel(subject) : client.setCompatibilityLevel(subject, level));
            return ExitCodes.OK;
        }
    }
}
