package dev.protovet.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.protovet.registry.RegistryProcess.Answer;
import dev.protovet.registry.http.TestDatabases;
import dev.protovet.registry.store.DatabaseSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing the registry acknowledged is lost when its process is killed (SIGKILL, no shutdown hook) in the middle of
 * concurrent registrations, on the embedded H2 store and on PostgreSQL: after each restart every acknowledged id
 * and version is there with its schema, acknowledged config and mode changes too, and no version number is ever
 * given to a second schema.
 */
class DurabilityIT {
    private static final int WRITERS = 8;
    private static final int SUBJECTS = 4;
    private static final int KILLS = 3;
    private static final int ACKS_BEFORE_KILL = 40;

    @TempDir
    Path dir;

    @Test
    void theEmbeddedStoreKeepsEveryAcknowledgedWriteThroughKills() throws Exception {
        survivesKills("--data-dir", dir.resolve("data").toString());
    }

    @Test
    void postgresKeepsEveryAcknowledgedWriteThroughKills() throws Exception {
        DatabaseSettings db = TestDatabases.postgres();
        try {
            survivesKills("--database-url", db.jdbcUrl(), "--database-user", db.user());
        } finally {
            TestDatabases.dropPostgres(db);
        }
    }

    /** An acknowledged registration: the schema's field count identifies what was sent. */
    private record Acked(String subject, int version, int id, int fields) {
    }

    private void survivesKills(String... store) throws Exception {
        Map<String, Integer> schemaOfVersion = new HashMap<>();
        List<Acked> acked = new ArrayList<>();
        AtomicInteger nextSchema = new AtomicInteger(1);
        for (int round = 0; round < KILLS; round++) {
            Path log = dir.resolve("server-" + round + ".log");
            RegistryProcess server = RegistryProcess.start(log, Map.of(), store);
            try {
                verify(server, acked, round);
                assertThat(server.put("/config", "{\"compatibility\":\"NONE\"}").status()).isEqualTo(200);
                // a config and a mode acknowledged just before the kill must be there after it
                assertThat(server.put("/config/kept-" + round, "{\"compatibility\":\"FULL\"}").status()).isEqualTo(200);
                assertThat(server.put("/mode/kept-" + round, "{\"mode\":\"READONLY\"}").status()).isEqualTo(200);
                acked.addAll(registerUntilKilled(server, nextSchema));
            } finally {
                server.kill();
            }
            for (Acked a : acked) {
                Integer earlier = schemaOfVersion.putIfAbsent(a.subject() + " v" + a.version(), a.fields());
                assertThat(earlier == null ? a.fields() : earlier).as("%s version %d given to two schemas", a.subject(),
                        a.version()).isEqualTo(a.fields());
            }
        }
        try (RegistryProcess server = RegistryProcess.start(dir.resolve("server-last.log"), Map.of(), store)) {
            verify(server, acked, KILLS);
        }
        assertThat(acked).as("registrations acknowledged before the kills").hasSizeGreaterThanOrEqualTo(KILLS * ACKS_BEFORE_KILL);
    }

    /** Registers from several clients at once and kills the server while they are still writing. */
    private static List<Acked> registerUntilKilled(RegistryProcess server, AtomicInteger nextSchema) throws Exception {
        List<Acked> acked = new ArrayList<>();
        AtomicInteger answered = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(WRITERS);
        List<Future<List<Acked>>> results = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            results.add(clients.submit(() -> {
                List<Acked> mine = new ArrayList<>();
                while (!stop.get()) {
                    int fields = nextSchema.getAndIncrement();
                    String subject = "durable-" + (fields % SUBJECTS);
                    Answer answer;
                    try {
                        answer = server.post("/subjects/" + subject + "/versions", body(fields));
                    } catch (Exception killed) {
                        break;
                    }
                    if (answer.status() == 200) {
                        JsonObject json = JsonParser.parseString(answer.body()).getAsJsonObject();
                        mine.add(new Acked(subject, json.get("version").getAsInt(), json.get("id").getAsInt(), fields));
                        answered.incrementAndGet();
                    }
                }
                return mine;
            }));
        }
        // kill while the writers are busy, moments after an acknowledgement: what a lazy store would still hold
        // in memory is what was acknowledged last
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (answered.get() < ACKS_BEFORE_KILL && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        server.kill();
        stop.set(true);
        for (Future<List<Acked>> r : results) {
            acked.addAll(r.get(60, TimeUnit.SECONDS));
        }
        clients.shutdown();
        return acked;
    }

    private static void verify(RegistryProcess server, List<Acked> acked, int rounds) throws Exception {
        for (Acked a : acked) {
            Answer version = server.get("/subjects/" + a.subject() + "/versions/" + a.version());
            assertThat(version.status()).as("acknowledged %s", a).isEqualTo(200);
            JsonObject json = JsonParser.parseString(version.body()).getAsJsonObject();
            assertThat(json.get("id").getAsInt()).as("id of %s", a).isEqualTo(a.id());
            assertThat(json.get("schema").getAsString()).as("schema of %s", a).contains("f" + a.fields() + " = "
                    + a.fields() + ";").doesNotContain("f" + (a.fields() + 1) + " ");
            assertThat(server.get("/schemas/ids/" + a.id()).body()).as("id %d", a.id())
                    .contains("f" + a.fields() + " = " + a.fields() + ";");
        }
        for (int round = 0; round < rounds; round++) {
            assertThat(server.get("/config/kept-" + round).body()).contains("\"compatibilityLevel\":\"FULL\"");
            assertThat(server.get("/mode/kept-" + round).body()).isEqualTo("{\"mode\":\"READONLY\"}");
        }
    }

    /** A schema with fields f1..fN: each registration sends a new one. */
    private static String body(int fields) {
        StringBuilder text = new StringBuilder("syntax = \\\"proto3\\\";\\npackage durable.v1;\\nmessage Event {\\n");
        for (int f = 1; f <= fields; f++) {
            text.append("  string f").append(f).append(" = ").append(f).append(";\\n");
        }
        return "{\"schemaType\":\"PROTOBUF\",\"schema\":\"" + text.append("}\\n") + "\"}";
    }
}
