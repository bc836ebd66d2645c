package dev.protovet.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code registry-server/bin/protovet-registry}, run as a user runs it, over the packaged jar (after `package`). */
class LauncherIT {
    private static final Pattern LISTENING = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)");
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void startsTheServerWithTheCollectorThatSuitsTheMachine() throws Exception {
        // the launcher counts cores with nproc; the JVM here sees the same machine
        String youngGeneration = Runtime.getRuntime().availableProcessors() <= 2 ? "id=\"Eden Space\"" : "id=\"G1 Eden Space\"";
        try (Server server = Server.start(dir, Map.of())) {
            String schema = "{\"schemaType\":\"PROTOBUF\",\"schema\":\"syntax = \\\"proto3\\\"; message M { string a = 1; }\"}";
            assertThat(server.post("/subjects/m-value/versions", schema)).startsWith("{\"id\":1,");
            assertThat(server.get("/schemas/ids/1")).contains("message M");
            assertThat(server.get("/metrics")).contains(youngGeneration);
        }
    }

    @Test
    void aCollectorNamedInTheJavaOptionsIsKept() throws Exception {
        try (Server server = Server.start(dir, Map.of("PROTOVET_JAVA_OPTS", "-XX:+UseG1GC"))) {
            assertThat(server.get("/metrics")).contains("id=\"G1 Eden Space\"");
        }
    }

    @Test
    void aMissingJarIsAClearErrorNotAJavaOne() throws Exception {
        Process process = launcher(dir, Map.of("PROTOVET_REGISTRY_JAR", dir.resolve("nowhere.jar").toString()), "--help")
                .start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).isEqualTo(1);
        assertThat(err).isEqualTo("protovet-registry: no protovet-registry.jar at " + dir.resolve("nowhere.jar")
                + " (PROTOVET_REGISTRY_JAR)\n");
    }

    private static ProcessBuilder launcher(Path dir, Map<String, String> env, String... args) {
        // Maven runs this from registry-server/, after `package` has built the jar
        String launcher = System.getProperty("protovet.registry.launcher", "bin/protovet-registry");
        List<String> command = new ArrayList<>(List.of(Path.of(launcher).toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().remove("PROTOVET_JAVA_OPTS");
        builder.environment().putAll(env);
        return builder;
    }

    /** The launched server, stopped (and its process gone) on close. */
    private record Server(Process process, String baseUrl) implements AutoCloseable {
        static Server start(Path dir, Map<String, String> env) throws IOException {
            Path log = dir.resolve("server.log");
            Process process = launcher(dir, env, "--port", "0", "--host", "127.0.0.1", "--data-dir",
                    dir.resolve("data").toString()).redirectError(log.toFile()).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder seen = new StringBuilder();
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                seen.append(line).append('\n');
                Matcher m = LISTENING.matcher(line);
                if (m.find()) {
                    return new Server(process, m.group(1));
                }
            }
            process.destroyForcibly();
            throw new AssertionError("the server did not start:\n" + seen + Files.readString(log));
        }

        String get(String path) throws IOException, InterruptedException {
            return CLIENT.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }

        String post(String path, String json) throws IOException, InterruptedException {
            return CLIENT.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString()).body();
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
