package dev.protovet.engine.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The well-known types ({@code google/protobuf/*.proto}) as an include directory, so that users never supply them.
 * They come from the protobuf-java jar, plus protovet's own {@code cpp_features.proto}; extracted once per version.
 */
public final class WellKnownTypes {
    private static final List<String> FROM_PROTOBUF_JAVA = List.of("any.proto", "api.proto", "descriptor.proto",
            "duration.proto", "empty.proto", "field_mask.proto", "java_features.proto", "source_context.proto",
            "struct.proto", "timestamp.proto", "type.proto", "wrappers.proto");
    private static final String OWN = "/dev/protovet/engine/include/google/protobuf/";
    private static Path extracted;

    private WellKnownTypes() {
    }

    /** The include directory holding {@code google/protobuf/...}; created on first use. */
    public static synchronized Path includeDirectory() {
        if (extracted != null) {
            return extracted;
        }
        try {
            Path dir = Files.createTempDirectory("protovet-include-");
            Path target = Files.createDirectories(dir.resolve("google/protobuf"));
            for (String name : FROM_PROTOBUF_JAVA) {
                copy("/google/protobuf/" + name, target.resolve(name));
            }
            copy(OWN + "cpp_features.proto", target.resolve("cpp_features.proto"));
            extracted = dir;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> ScratchDirectories.delete(dir)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract the well-known types", e);
        }
    }

    private static void copy(String resource, Path target) throws IOException {
        try (InputStream in = WellKnownTypes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing resource " + resource);
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
