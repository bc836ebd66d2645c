package dev.protovet.registry;

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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A registry server as its own operating-system process, started by {@code bin/protovet-registry} over the packaged
 * jar (so only after `package`), as a user starts it; it can be stopped, or killed with SIGKILL as a crash would.
 */
public final class RegistryProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final String baseUrl;

    private RegistryProcess(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    /** An HTTP answer. */
    public record Answer(int status, String body) {
    }

    /** Starts a server on a free loopback port with these options and environment; its stderr goes to {@code log}. */
    public static RegistryProcess start(Path log, Map<String, String> env, String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of("--port", "0", "--host", "127.0.0.1"));
        args.addAll(List.of(options));
        Process process = launcher(log.getParent(), env, args.toArray(String[]::new)).redirectError(log.toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            seen.append(line).append('\n');
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> drain(out), "registry-stdout");
                drain.setDaemon(true);
                drain.start();
                return new RegistryProcess(process, m.group(1));
            }
        }
        process.destroyForcibly();
        throw new AssertionError("the server did not start:\n" + seen + Files.readString(log));
    }

    /** The launcher script with these arguments, run in {@code dir}, without inherited JVM options. */
    public static ProcessBuilder launcher(Path dir, Map<String, String> env, String... args) {
        // Maven runs the ITs from registry-server/, after `package` has built the jar
        String launcher = System.getProperty("protovet.registry.launcher", "bin/protovet-registry");
        List<String> command = new ArrayList<>(List.of(Path.of(launcher).toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().remove("PROTOVET_JAVA_OPTS");
        builder.environment().putAll(env);
        return builder;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Answer get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    public Answer post(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer put(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> r = CLIENT.send(request.timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/vnd.schemaregistry.v1+json").build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body());
    }

    /** SIGKILL, as the machine's out-of-memory killer or a crash would end it: no shutdown hook runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static void drain(BufferedReader out) {
        try {
            while (out.readLine() != null) {
                // the server's stdout is not needed once it listens
            }
        } catch (IOException e) {
            // the process is gone
        }
    }
}
