package dev.protovet.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code registry-server/bin/protovet-registry}, run as a user runs it, over the packaged jar (after `package`). */
class LauncherIT {
    @TempDir
    Path dir;

    @Test
    void startsTheServerWithTheCollectorThatSuitsTheMachine() throws Exception {
        // the launcher counts cores with nproc; the JVM here sees the same machine
        String youngGeneration = Runtime.getRuntime().availableProcessors() <= 2 ? "id=\"Eden Space\"" : "id=\"G1 Eden Space\"";
        try (RegistryProcess server = start(Map.of())) {
            String schema = "{\"schemaType\":\"PROTOBUF\",\"schema\":\"syntax = \\\"proto3\\\"; message M { string a = 1; }\"}";
            assertThat(server.post("/subjects/m-value/versions", schema).body()).startsWith("{\"id\":1,");
            assertThat(server.get("/schemas/ids/1").body()).contains("message M");
            assertThat(server.get("/metrics").body()).contains(youngGeneration);
        }
    }

    @Test
    void aCollectorNamedInTheJavaOptionsIsKept() throws Exception {
        try (RegistryProcess server = start(Map.of("PROTOVET_JAVA_OPTS", "-XX:+UseG1GC"))) {
            assertThat(server.get("/metrics").body()).contains("id=\"G1 Eden Space\"");
        }
    }

    @Test
    void aMissingJarIsAClearErrorNotAJavaOne() throws Exception {
        Process process = RegistryProcess.launcher(dir, Map.of("PROTOVET_REGISTRY_JAR",
                dir.resolve("nowhere.jar").toString()), "--help").start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).isEqualTo(1);
        assertThat(err).isEqualTo("protovet-registry: no protovet-registry.jar at " + dir.resolve("nowhere.jar")
                + " (PROTOVET_REGISTRY_JAR)\n");
    }

    private RegistryProcess start(Map<String, String> env) throws Exception {
        return RegistryProcess.start(dir.resolve("server.log"), env, "--data-dir", dir.resolve("data").toString());
    }
}
