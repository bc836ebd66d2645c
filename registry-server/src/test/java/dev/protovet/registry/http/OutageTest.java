package dev.protovet.registry.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.protovet.registry.store.DatabaseSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The registry's PostgreSQL taken away for real, by breaking the TCP connections between them: requests fail fast
 * with 503 and Confluent's backend error code 50003 and a message a person can act on, the readiness probe says
 * 503 at once, what is cached is still served, recovery needs nobody, and a write whose commit lost its answer
 * says that its outcome is unknown.
 */
class OutageTest {
    /** Long enough for any answer that fails fast; a request that waits for the database would exceed it. */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(5);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(ANSWER_WITHIN).build();

    private DatabaseSettings database;
    private TcpProxy proxy;
    private RunningRegistry registry;

    @BeforeEach
    void start() throws Exception {
        database = TestDatabases.postgres();
        proxy = new TcpProxy(5432);
        // prepareThreshold=0: every statement, COMMIT included, crosses the proxy as text it can recognise
        String url = database.jdbcUrl().replace("127.0.0.1:5432", "127.0.0.1:" + proxy.port()) + "?prepareThreshold=0";
        registry = new RunningRegistry(DatabaseSettings.of(url, database.user(), database.password()));
        assertThat(send("POST", "/subjects/orders-value/versions", RegistryApiContract.body(RegistryApiContract.ORDER_V1))
                .statusCode()).isEqualTo(200);
    }

    @AfterEach
    void stop() throws Exception {
        proxy.restore();
        registry.close();
        proxy.close();
        TestDatabases.dropPostgres(database);
    }

    @Test
    void whileTheDatabaseIsAwayRequestsFailFastWith503AndRecoveryNeedsNobody() throws Exception {
        assertThat(send("GET", "/schemas/ids/1", null).statusCode()).isEqualTo(200);

        proxy.cut();

        assertBackendUnavailable(send("GET", "/subjects/orders-value/versions", null));
        assertBackendUnavailable(send("POST", "/subjects/orders-value/versions",
                RegistryApiContract.body(RegistryApiContract.ORDER_V2_COMPATIBLE)));
        assertBackendUnavailable(send("PUT", "/config/orders-value", "{\"compatibility\":\"FULL\"}"));
        assertBackendUnavailable(send("DELETE", "/subjects/orders-value/versions/1", null));
        HttpResponse<String> ready = send("GET", "/health/ready", null);
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(503);
        assertThat(ready.body()).contains("\"status\":\"DOWN\"");
        // an id already read is answered from memory: consumers keep deserializing through the outage
        assertThat(send("GET", "/schemas/ids/1", null).statusCode()).isEqualTo(200);

        proxy.restore();

        assertThat(eventually("/health/ready")).isEqualTo(200);
        HttpResponse<String> registered = send("POST", "/subjects/orders-value/versions",
                RegistryApiContract.body(RegistryApiContract.ORDER_V2_COMPATIBLE));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
        assertThat(JsonParser.parseString(registered.body()).getAsJsonObject().get("version").getAsInt()).isEqualTo(2);
        assertThat(send("GET", "/subjects/orders-value/versions", null).body()).isEqualTo("[1,2]");
    }

    @Test
    void aRegistrationWhoseCommitLostItsAnswerSaysTheOutcomeIsUnknown() throws Exception {
        proxy.cutAfterCommit();

        HttpResponse<String> answer = send("POST", "/subjects/orders-value/versions",
                RegistryApiContract.body(RegistryApiContract.ORDER_V2_COMPATIBLE));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
        JsonObject error = JsonParser.parseString(answer.body()).getAsJsonObject();
        assertThat(error.get("error_code").getAsInt()).isEqualTo(50003);
        assertThat(error.get("message").getAsString()).contains("unknown").contains("POST /subjects/{subject}");
        // the database did commit it: the lookup the message suggests finds it
        assertThat(eventually("/health/ready")).isEqualTo(200);
        HttpResponse<String> lookup = send("POST", "/subjects/orders-value",
                RegistryApiContract.body(RegistryApiContract.ORDER_V2_COMPATIBLE));
        assertThat(lookup.statusCode()).as(lookup.body()).isEqualTo(200);
        assertThat(JsonParser.parseString(lookup.body()).getAsJsonObject().get("version").getAsInt()).isEqualTo(2);
    }

    private static void assertBackendUnavailable(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
        JsonObject error = JsonParser.parseString(answer.body()).getAsJsonObject();
        assertThat(error.get("error_code").getAsInt()).isEqualTo(50003);
        assertThat(error.get("message").getAsString())
                .startsWith("Error in the backend data store")
                .contains("cannot be reached")
                .doesNotContain("Exception").doesNotContain("org.").doesNotContain("java.");
    }

    /** The status of {@code path} once it is 200, asking for up to 30 seconds. */
    private int eventually(String path) throws Exception {
        int status = 0;
        for (int i = 0; i < 60 && status != 200; i++) {
            status = send("GET", path, null).statusCode();
            if (status != 200) {
                Thread.sleep(500);
            }
        }
        return status;
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(registry.baseUrl + path)).timeout(ANSWER_WITHIN)
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
