package dev.protovet.registry.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The OpenAPI document describing every route, served at /openapi.yaml; a test keeps it in step with {@link App}. */
final class OpenApi {
    static final String RESOURCE = "/dev/protovet/registry/openapi.yaml";
    private static volatile String document;

    private OpenApi() {
    }

    static String document() {
        String d = document;
        if (d == null) {
            try (InputStream in = OpenApi.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                d = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                document = d;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return d;
    }
}
