package dev.protovet.registry.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protovet.registry.http.RunningRegistry.Answer;
import dev.protovet.registry.store.DatabaseSettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Two registry instances on one PostgreSQL, many clients registering overlapping schemas at once: every request is
 * answered, one schema gets one id everywhere, and each subject's versions run 1..n without gaps or duplicates.
 */
class ConcurrentRegistrationTest {
    private static final int SUBJECTS = 4;
    private static final int SCHEMAS = 12;
    private static final int THREADS = 16;

    /** Schema k has fields 1..k+1: twelve distinct schemas. */
    private static String schema(int k) {
        StringBuilder text = new StringBuilder("syntax = \"proto3\";\npackage load.v1;\nmessage Event {\n");
        for (int f = 1; f <= k + 1; f++) {
            text.append("  string f").append(f).append(" = ").append(f).append(";\n");
        }
        return text.append("}\n").toString();
    }

    @Test
    void twoInstancesOnOneDatabaseNeverDuplicateIdsOrVersions() throws Exception {
        DatabaseSettings settings = TestDatabases.postgres();
        try (RunningRegistry a = new RunningRegistry(settings); RunningRegistry b = new RunningRegistry(settings)) {
            // in random order a schema may lose fields its predecessor had: judge ids and versions, not compatibility
            assertThat(a.put("/config", "{\"compatibility\":\"NONE\"}").status()).isEqualTo(200);
            record Call(String subject, int schema, RunningRegistry server) {
            }
            List<Call> calls = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (int s = 0; s < SUBJECTS; s++) {
                    for (int k = 0; k < SCHEMAS; k++) {
                        calls.add(new Call("subject-" + s, k, (k + s + round) % 2 == 0 ? a : b));
                    }
                }
            }
            java.util.Collections.shuffle(calls, new java.util.Random(7));
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<Answer>> answers = new ArrayList<>();
            for (Call call : calls) {
                answers.add(pool.submit(() -> call.server().post("/subjects/" + call.subject() + "/versions",
                        RegistryApiContract.body(schema(call.schema())))));
            }
            Map<Integer, Integer> idBySchema = new HashMap<>();
            for (int i = 0; i < calls.size(); i++) {
                Answer answer = answers.get(i).get();
                assertThat(answer.status()).as(answer.body()).isEqualTo(200);
                int id = answer.json().getAsJsonObject().get("id").getAsInt();
                Integer earlier = idBySchema.putIfAbsent(calls.get(i).schema(), id);
                assertThat(earlier == null ? id : earlier).as("one id per schema").isEqualTo(id);
            }
            pool.shutdown();

            assertThat(idBySchema.values()).doesNotHaveDuplicates().hasSize(SCHEMAS);
            for (int s = 0; s < SUBJECTS; s++) {
                String versions = a.get("/subjects/subject-" + s + "/versions").body();
                List<Integer> numbers = com.google.gson.JsonParser.parseString(versions).getAsJsonArray().asList()
                        .stream().map(e -> e.getAsInt()).toList();
                assertThat(numbers).as("subject-" + s).isEqualTo(IntStream.rangeClosed(1, numbers.size()).boxed().toList());
                assertThat(numbers).hasSize(SCHEMAS);
            }
        } finally {
            TestDatabases.dropPostgres(settings);
        }
    }

    /**
     * On the embedded store with several write threads, eight clients registering the same schemas under their own
     * subjects at once: each waits for the others' ids and finds the schema they registered, never a second row
     * (H2 would otherwise answer the repeated lookup from its result before the wait).
     */
    @Test
    void sameSchemasRegisteredAtOnceOnTheEmbeddedStoreGetOneIdEach() throws Exception {
        try (RunningRegistry registry = new RunningRegistry(TestDatabases.h2(),
                AppSettings.defaults().withWriteThreads(4))) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<List<Integer>>> ids = new ArrayList<>();
            for (int client = 0; client < 8; client++) {
                int c = client;
                ids.add(pool.submit(() -> {
                    List<Integer> mine = new ArrayList<>();
                    for (int k = 0; k < 40; k++) {
                        Answer answer = registry.post("/subjects/same-" + c + "-" + k + "/versions",
                                RegistryApiContract.body(schema(k)));
                        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
                        mine.add(answer.json().getAsJsonObject().get("id").getAsInt());
                    }
                    return mine;
                }));
            }
            List<Integer> first = ids.get(0).get();
            for (Future<List<Integer>> other : ids) {
                assertThat(other.get()).as("one id per schema, whichever client registered it").isEqualTo(first);
            }
            pool.shutdown();
            assertThat(first).doesNotHaveDuplicates();
        }
    }

    /**
     * 32 clients at once registering, soft-deleting and permanently deleting on PostgreSQL: each request holds at
     * most one pooled connection and checks mode and config in its own transaction, so none waits out the pool
     * (which would be a 503) and every answer is one the API documents.
     */
    @Test
    void thirtyTwoConcurrentDeletesAndRegistrationsNeverExhaustThePool() throws Exception {
        DatabaseSettings settings = TestDatabases.postgres();
        try (RunningRegistry registry = new RunningRegistry(settings.withPoolSize(4))) {
            assertThat(registry.put("/config", "{\"compatibility\":\"NONE\"}").status()).isEqualTo(200);
            ExecutorService pool = Executors.newFixedThreadPool(32);
            List<Future<List<Integer>>> statuses = new ArrayList<>();
            for (int client = 0; client < 32; client++) {
                int c = client;
                statuses.add(pool.submit(() -> {
                    List<Integer> mine = new ArrayList<>();
                    String subject = "churn-" + (c % 8);
                    for (int round = 0; round < 6; round++) {
                        mine.add(registry.post("/subjects/" + subject + "/versions",
                                RegistryApiContract.body(schema(c * 10 + round))).status());
                        mine.add(registry.delete("/subjects/" + subject + "/versions/latest").status());
                        mine.add(registry.delete("/subjects/" + subject + "/versions/" + (round + 1)
                                + "?permanent=true").status());
                        mine.add(registry.get("/subjects/" + subject + "/versions?deleted=true").status());
                    }
                    return mine;
                }));
            }
            List<Integer> all = new ArrayList<>();
            for (Future<List<Integer>> f : statuses) {
                all.addAll(f.get());
            }
            pool.shutdown();
            // 404s and 422s are races between clients (a version another client just deleted); never 5xx
            assertThat(all).hasSize(32 * 6 * 4).allMatch(status -> status == 200 || status == 404 || status == 422);
            assertThat(all.stream().filter(status -> status == 200).count()).isGreaterThan(32 * 6);
        } finally {
            TestDatabases.dropPostgres(settings);
        }
    }
}
