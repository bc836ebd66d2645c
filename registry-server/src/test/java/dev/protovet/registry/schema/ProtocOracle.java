package dev.protovet.registry.schema;

import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import com.google.protobuf.ExtensionRegistry;
import dev.protovet.engine.load.ProtocCompiler;
import dev.protovet.engine.load.WellKnownTypes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The real protoc, run on the test schemas exactly as written: unlike {@link ProtocCompiler#compile} it keeps
 * protoc's own spans (the engine widens default-value spans to buf's), which is what the compiler must match.
 */
final class ProtocOracle {
    static final Path SCHEMAS = Path.of("src/test/resources/schemas").toAbsolutePath();
    private static final Path CONFLUENT_BUILTINS =
            Path.of("src/main/resources/dev/protovet/registry/schema/builtin").toAbsolutePath();
    private static Path googleTypes;

    private ProtocOracle() {
    }

    /** What protoc made of one file: its descriptors (with imports), or, when it refused the file, its output. */
    record Outcome(FileDescriptorSet descriptors, String errors) {
        boolean refused() {
            return descriptors == null;
        }
    }

    /** protoc's descriptors of {@code file} (relative to the schemas directory) and everything it imports. */
    static FileDescriptorSet compile(String file) throws IOException, InterruptedException {
        Outcome outcome = run(SCHEMAS, file, List.of());
        if (outcome.refused()) {
            throw new IllegalStateException("protoc failed on " + file + ":\n" + outcome.errors());
        }
        return outcome.descriptors();
    }

    /** protoc on {@code text} as file {@code name}, importing only well-known files. */
    static Outcome compileText(String name, String text) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("oracle-text-");
        try {
            Files.writeString(dir.resolve(name), text);
            return run(dir, name, List.of());
        } finally {
            Files.deleteIfExists(dir.resolve(name));
            Files.deleteIfExists(dir);
        }
    }

    /** protoc --descriptor_set_in on {@code set}, building file {@code name} from it, as for a serialized schema. */
    static Outcome compileDescriptor(FileDescriptorSet set, String name) throws IOException, InterruptedException {
        Path in = Files.createTempFile("oracle-in-", ".binpb");
        try {
            Files.write(in, set.toByteArray());
            return run(null, name, List.of("--descriptor_set_in=" + in));
        } finally {
            Files.deleteIfExists(in);
        }
    }

    private static Outcome run(Path protoPath, String file, List<String> extra) throws IOException, InterruptedException {
        Path out = Files.createTempFile("oracle-", ".binpb");
        try {
            Path protoc = ProtocCompiler.locate().executable();
            protoc.toFile().setExecutable(true);
            List<String> command = new ArrayList<>(List.of(protoc.toString()));
            if (protoPath != null) {
                command.addAll(List.of("--proto_path=" + protoPath,
                        "--proto_path=" + WellKnownTypes.includeDirectory(), "--proto_path=" + googleTypes(),
                        "--proto_path=" + CONFLUENT_BUILTINS));
            }
            command.addAll(extra);
            command.addAll(List.of("--include_imports", "--include_source_info", "--descriptor_set_out=" + out, file));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                return new Outcome(null, output.strip());
            }
            return new Outcome(FileDescriptorSet.parseFrom(Files.readAllBytes(out),
                    ExtensionRegistry.getEmptyRegistry()), output.strip());
        } finally {
            Files.deleteIfExists(out);
        }
    }

    static FileDescriptorProto root(FileDescriptorSet set, String name) {
        return set.getFileList().stream().filter(f -> f.getName().equals(name)).findFirst().orElseThrow();
    }

    static String read(String file) {
        try {
            return Files.readString(SCHEMAS.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** google/type/*.proto from the common-protos jar, as an include directory for protoc. */
    private static synchronized Path googleTypes() throws IOException {
        if (googleTypes == null) {
            Path dir = Files.createTempDirectory("oracle-google-type-");
            Path target = Files.createDirectories(dir.resolve("google/type"));
            for (String name : List.of("date.proto", "money.proto", "latlng.proto", "timeofday.proto",
                    "datetime.proto", "dayofweek.proto", "decimal.proto", "color.proto", "postal_address.proto")) {
                try (InputStream in = com.google.type.Date.class.getResourceAsStream("/google/type/" + name)) {
                    Files.copy(in, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            googleTypes = dir;
        }
        return googleTypes;
    }
}
