package dev.protovet.registry.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.protovet.registry.http.RunningRegistry.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A subject whose compatibilityRules are CONFLUENT answers as Confluent Schema Registry does, both ways. */
class ConfluentRulesTest {
    private static final String ORDER = """
            syntax = "proto3";
            package shop.v1;
            message Order {
              string id = 1;
              string note = 2;
              int32 total = 3;
            }
            """;
    private RunningRegistry registry;

    @BeforeEach
    void start() {
        registry = new RunningRegistry(TestDatabases.h2());
        registry.post("/subjects/orders-value/versions", RegistryApiContract.body(ORDER));
    }

    @AfterEach
    void stop() {
        registry.close();
    }

    @Test
    void backwardAcceptsWhatConfluentAcceptsAndNamesWhatItRejects() {
        assertThat(registry.put("/config/orders-value",
                "{\"compatibility\":\"BACKWARD\",\"compatibilityRules\":[\"CONFLUENT\"]}").status()).isEqualTo(200);

        JsonObject widened = check(ORDER.replace("  string note = 2;\n", "").replace("int32 total", "int64 total"));
        JsonObject toDouble = check(ORDER.replace("int32 total", "double total"));

        assertThat(widened.get("is_compatible").getAsBoolean()).as(widened.toString()).isTrue();
        assertThat(toDouble.get("is_compatible").getAsBoolean()).isFalse();
        assertThat(toDouble.getAsJsonArray("messages").get(0).getAsString()).isEqualTo("FIELD_SCALAR_KIND_CHANGED"
                + " orders-value.proto:6:3 Field \"3\" with name \"total\" on message \"Order\" changed scalar kind"
                + " from \"int32\" to \"double\" (Confluent: FIELD_SCALAR_KIND_CHANGED).");
    }

    @Test
    void forwardIsTheSameCheckTheOtherWayRound() {
        registry.put("/config/orders-value", "{\"compatibility\":\"FORWARD\",\"compatibilityRules\":[\"CONFLUENT\"]}");

        JsonObject messageAdded = check(ORDER + "message Refund {\n  string id = 1;\n}\n");
        JsonObject fieldAdded = check(ORDER.replace("int32 total = 3;", "int32 total = 3;\n  string channel = 4;"));

        assertThat(messageAdded.get("is_compatible").getAsBoolean()).isFalse();
        assertThat(messageAdded.getAsJsonArray("messages").get(0).getAsString()).startsWith("MESSAGE_REMOVED ");
        assertThat(fieldAdded.get("is_compatible").getAsBoolean()).as(fieldAdded.toString()).isTrue();
    }

    private JsonObject check(String schema) {
        Answer answer = registry.post("/compatibility/subjects/orders-value/versions/latest?verbose=true",
                RegistryApiContract.body(schema));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().getAsJsonObject();
    }
}
