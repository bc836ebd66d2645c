package dev.protovet.registry.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The imports every schema may use without registering them, as in Confluent's registry: {@code google/protobuf/*.proto}
 * from protobuf-java's jar, {@code google/type/*.proto} from proto-google-common-protos' jar, and Confluent's own
 * {@code confluent/meta.proto} and {@code confluent/type/decimal.proto} from this jar (its serializers never register
 * them). Read once, kept for the process.
 */
final class WellKnownImports {
    private static final ConcurrentHashMap<String, Optional<String>> TEXTS = new ConcurrentHashMap<>();
    private static final Set<String> CONFLUENT = Set.of("confluent/meta.proto", "confluent/type/decimal.proto");

    private WellKnownImports() {
    }

    static boolean isWellKnown(String path) {
        return CONFLUENT.contains(path) || (path.startsWith("google/protobuf/") || path.startsWith("google/type/"))
                && path.endsWith(".proto") && !path.contains("..");
    }

    /** The text of a well-known import, or empty when {@code path} is none. */
    static Optional<String> text(String path) {
        if (!isWellKnown(path)) {
            return Optional.empty();
        }
        return TEXTS.computeIfAbsent(path, WellKnownImports::read);
    }

    private static Optional<String> read(String path) {
        try {
            URL url = resource(path);
            if (url == null) {
                return Optional.empty();
            }
            try (InputStream in = url.openStream()) {
                return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + " from the classpath", e);
        }
    }

    /**
     * Wire's jar carries older copies of some google/protobuf files under the same names; protoc compiles against
     * protobuf's own, so prefer the copy from the jar that holds the generated classes.
     */
    private static URL resource(String path) throws IOException {
        if (CONFLUENT.contains(path)) {
            return WellKnownImports.class.getResource("builtin/" + path);
        }
        Class<?> owner = path.startsWith("google/type/") ? com.google.type.Date.class : com.google.protobuf.Any.class;
        ClassLoader loader = WellKnownImports.class.getClassLoader();
        URL ownerJar = owner.getProtectionDomain().getCodeSource() == null
                ? null : owner.getProtectionDomain().getCodeSource().getLocation();
        URL first = null;
        for (URL url : Collections.list(loader.getResources(path))) {
            if (ownerJar != null && url.toString().contains(ownerJar.getPath())) {
                return url;
            }
            first = first == null ? url : first;
        }
        return first;
    }
}
