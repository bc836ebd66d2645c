package dev.protovet.cli;

import dev.protovet.engine.InputException;
import dev.protovet.inputs.registry.RegistryClient;
import dev.protovet.inputs.registry.SchemaReferences;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
                RegistryCommand.ListSubjects.class, RegistryCommand.Config.class})
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

    /** The references to send: {@code --reference} flags, the rest inferred from the imports. */
    static final class References {
        @Option(names = "--reference", paramLabel = "<import=subject[:version]>",
                description = "A reference for an import (repeatable). Imports without one use the subject's latest "
                        + "references, else the latest version of the subject named like the import path.")
        List<String> given = new ArrayList<>();

        List<RegistryClient.Reference> resolve(RegistryClient client, String subject, String schema) {
            List<RegistryClient.Reference> explicit = new ArrayList<>();
            for (String text : given) {
                try {
                    explicit.add(SchemaReferences.parse(text));
                } catch (IllegalArgumentException e) {
                    throw new InputException("--reference", e.getMessage());
                }
            }
            return SchemaReferences.infer(client, subject, schema, explicit);
        }
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
        @Spec CommandSpec spec;
        @Mixin Connection connection;
        @Option(names = "--subject", required = true) String subject;
        @Option(names = "--version", defaultValue = "latest", description = "A version number or latest.") String version;

        @Override
        public Integer call() {
            RegistryClient.SchemaVersion schema = connection.client().version(subject, version);
            PrintWriter out = spec.commandLine().getOut();
            out.print(schema.schema().endsWith("\n") ? schema.schema() : schema.schema() + "\n");
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "register", mixinStandardHelpOptions = true,
            description = "Registers a schema under a subject and prints its id (the registry checks compatibility).")
    static final class Register implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin Connection connection;
        @Option(names = "--subject", required = true) String subject;
        @Mixin References references;
        @Parameters(paramLabel = "<file.proto>") Path file;

        @Override
        public Integer call() {
            RegistryClient client = connection.client();
            String schema = schemaText(file);
            int id = client.register(subject, schema, references.resolve(client, subject, schema)).id();
            spec.commandLine().getOut().println(id);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Checks a schema against a subject without registering it.",
            footer = {"", "Exit codes: 0 compatible, 100 incompatible, 1 error."})
    static final class Check implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin Connection connection;
        @Option(names = "--subject", required = true) String subject;
        @Option(names = "--version", defaultValue = "latest") String version;
        @Mixin References references;
        @Parameters(paramLabel = "<file.proto>") Path file;

        @Override
        public Integer call() {
            RegistryClient client = connection.client();
            String schema = schemaText(file);
            RegistryClient.Compatibility result = client.check(subject, version, schema,
                    references.resolve(client, subject, schema));
            PrintWriter out = spec.commandLine().getOut();
            out.println(result.compatible() ? "compatible with " + subject + " " + version
                    : "incompatible with " + subject + " " + version + ":");
            result.messages().forEach(m -> out.println("  " + m));
            out.flush();
            return result.compatible() ? ExitCodes.OK : ExitCodes.FINDINGS;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the subjects.")
    static final class ListSubjects implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin Connection connection;

        @Override
        public Integer call() {
            connection.client().subjects().forEach(spec.commandLine().getOut()::println);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "config", mixinStandardHelpOptions = true,
            description = "Prints (or with --set changes) the compatibility level, of a subject or the global one.")
    static final class Config implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin Connection connection;
        @Option(names = "--subject") String subject;
        @Option(names = "--set", paramLabel = "<level>", description = "NONE, BACKWARD, FORWARD, FULL, or *_TRANSITIVE.")
        String level;

        @Override
        public Integer call() {
            RegistryClient client = connection.client();
            String now = level == null ? client.compatibilityLevel(subject) : client.setCompatibilityLevel(subject, level);
            spec.commandLine().getOut().println(now);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }
}
