package dev.protovet.cli;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * protovet's registry server in a process of its own (the test's classpath, {@code dev.protovet.registry.Main}),
 * on a free loopback port, over an H2 file or a fresh PostgreSQL database. Without PostgreSQL its tests are
 * skipped, except under CI=true, where they fail.
 */
final class RegistryProcess implements AutoCloseable {
    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";
    private static final Pattern LISTENING = Pattern.compile("listening on (http://[^ ]+)");
    private final Process process;
    private final String url;
    private final String database;

    private RegistryProcess(List<String> options, String database) throws IOException {
        this.database = database;
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.protovet.registry.Main",
                "--host", "127.0.0.1", "--port", "0"));
        command.addAll(options);
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String line;
        String found = null;
        while (found == null && (line = out.readLine()) != null) {
            seen.append(line).append('\n');
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                found = m.group(1);
            }
        }
        if (found == null) {
            throw new IllegalStateException("the registry did not start:\n" + seen);
        }
        url = found;
        Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
        drain.setDaemon(true);
        drain.start();
    }

    /** A registry over an H2 database in {@code dataDir}. */
    static RegistryProcess h2(Path dataDir) throws IOException {
        return new RegistryProcess(List.of("--data-dir", dataDir.toString()), null);
    }

    /** A registry over a new PostgreSQL database, dropped on {@link #close}. */
    static RegistryProcess postgres() throws IOException {
        String name = "protovet_cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        admin("CREATE DATABASE " + name);
        return new RegistryProcess(List.of("--database-url", POSTGRES + name, "--database-user", "postgres"), name);
    }

    String url() {
        return url;
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        if (database != null) {
            admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private static void admin(String sql) {
        try (Connection c = DriverManager.getConnection(POSTGRES + "test", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            String why = "PostgreSQL at 127.0.0.1:5432 is not reachable (" + e.getMessage() + ")";
            if ("true".equals(System.getenv("CI"))) {
                fail(why);
            }
            assumeTrue(false, why);
        }
    }
}
