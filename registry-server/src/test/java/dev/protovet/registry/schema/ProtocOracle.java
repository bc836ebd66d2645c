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

    /** protoc's descriptors of {@code file} (relative to the schemas directory) and everything it imports. */
    static FileDescriptorSet compile(String file) throws IOException, InterruptedException {
        Path out = Files.createTempFile("oracle-", ".binpb");
        try {
            Path protoc = ProtocCompiler.locate().executable();
            protoc.toFile().setExecutable(true);
            List<String> command = new ArrayList<>(List.of(protoc.toString(), "--proto_path=" + SCHEMAS,
                    "--proto_path=" + WellKnownTypes.includeDirectory(), "--proto_path=" + googleTypes(),
                    "--proto_path=" + CONFLUENT_BUILTINS,
                    "--include_imports", "--include_source_info", "--descriptor_set_out=" + out, file));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("protoc failed on " + file + ":\n" + output);
            }
            return FileDescriptorSet.parseFrom(Files.readAllBytes(out), ExtensionRegistry.getEmptyRegistry());
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
