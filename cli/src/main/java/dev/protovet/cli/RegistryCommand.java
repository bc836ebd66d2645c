package dev.protovet.cli;

import dev.protovet.engine.InputException;
import dev.protovet.inputs.registry.RegistryClient;
import dev.protovet.inputs.registry.SchemaReferences;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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
            description = "Registers a schema under a subject and prints its id (the registry checks compatibility).")
    static final class Register implements Callable<Integer> {
        @Mixin CommandOutput out;
        @Mixin Connection connection;
        @Mixin SchemaToSend toSend;

        @Override
        public Integer call() {
            RegistryClient client = connection.client();
            Schema schema = toSend.read(client);
            out.println(client.register(toSend.subject, schema.text(), schema.references()).id());
            return ExitCodes.OK;
        }
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
            Schema schema = toSend.read(client);
            RegistryClient.Compatibility result = client.check(toSend.subject, version, schema.text(), schema.references());
            String against = toSend.subject + " " + version;
            StringBuilder text = new StringBuilder(result.compatible() ? "compatible with " + against
                    : "incompatible with " + against + ":").append(System.lineSeparator());
            result.messages().forEach(m -> text.append("  ").append(m).append(System.lineSeparator()));
            out.print(text.toString());
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

    @Command(name = "config", mixinStandardHelpOptions = true,
            description = "Prints (or with --set changes) the compatibility level, of a subject or the global one.")
    static final class Config implements Callable<Integer> {
        @Mixin CommandOutput out;
        @Mixin Connection connection;
        @Option(names = "--subject") String subject;
        @Option(names = "--set", paramLabel = "<level>", description = "NONE, BACKWARD, FORWARD, FULL, or *_TRANSITIVE.")
        String level;

        @Override
        public Integer call() {
            RegistryClient client = connection.client();
            out.println(level == null ? client.compatibilityLevel(subject) : client.setCompatibilityLevel(subject, level));
            return ExitCodes.OK;
        }
    }
}
