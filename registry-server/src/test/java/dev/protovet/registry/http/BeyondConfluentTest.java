package dev.protovet.registry.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.protovet.engine.load.ProtocCompiler;
import dev.protovet.registry.http.RunningRegistry.Answer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What protovet's registry gives beyond Confluent's API: descriptor sets, changelogs, and curl-able messages. */
class BeyondConfluentTest {
    private RunningRegistry registry;

    @BeforeEach
    void start() {
        registry = new RunningRegistry(TestDatabases.h2());
        registry.post("/subjects/shop%2Fcommon%2Fmoney.proto/versions", RegistryApiContract.body(RegistryApiContract.MONEY));
        registry.post("/subjects/priced-orders-value/versions", RegistryApiContract.body(RegistryApiContract.PRICED_ORDER,
                "shop/common/money.proto", "shop/common/money.proto", "1"));
    }

    @AfterEach
    void stop() {
        registry.close();
    }

    @Test
    void aDescriptorSetIsWhatProtocCompilesAgainst(@TempDir Path dir) throws Exception {
        Path set = Files.write(dir.resolve("orders.binpb"),
                registry.getBytes("/subjects/priced-orders-value/versions/1/descriptor-set"));
        Path client = Files.writeString(dir.resolve("client.proto"), """
                syntax = "proto3";
                import "priced-orders-value.proto";
                message Basket { repeated shop.v1.PricedOrder orders = 1; }
                """);

        Path executable = ProtocCompiler.locate().executable();
        executable.toFile().setExecutable(true);
        Process protoc = new ProcessBuilder(executable.toString(),
                "--descriptor_set_in=" + set, "-I" + dir, "--descriptor_set_out=" + dir.resolve("out.binpb"),
                client.getFileName().toString())
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(protoc.getInputStream().readAllBytes());

        assertThat(protoc.waitFor()).as(output).isZero();
    }

    @Test
    void diffListsEveryChangeAndWhichAreBreaking() {
        registry.put("/config/priced-orders-value", "{\"compatibility\":\"NONE\"}");
        registry.post("/subjects/priced-orders-value/versions", RegistryApiContract.body(
                RegistryApiContract.PRICED_ORDER.replace("  google.protobuf.Timestamp placed_at = 3;\n", "  string note = 4;\n"),
                "shop/common/money.proto", "shop/common/money.proto", "1"));

        Answer text = registry.get("/subjects/priced-orders-value/versions/1/diff/2?format=text");

        assertThat(text.status()).isEqualTo(200);
        assertThat(text.body()).contains("removed [breaking for").contains("FIELD_NO_DELETE").contains("added");
        JsonObject first = JsonParser.parseString(registry.get("/subjects/priced-orders-value/versions/1/diff/latest")
                .body()).getAsJsonArray().get(0).getAsJsonObject();
        assertThat(first.get("kind").getAsString()).isEqualTo("removed");
        assertThat(first.get("breaking").getAsBoolean()).isTrue();
    }

    @Test
    void messagesRoundTripBetweenJsonAndConfluentsWireFormat() throws IOException, InterruptedException {
        String json = "{\"id\":\"o-1\",\"price\":{\"currency\":\"EUR\",\"units\":\"12\"}}";
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<byte[]> encoded = client.send(HttpRequest.newBuilder(URI.create(registry.baseUrl
                        + "/subjects/priced-orders-value/versions/latest/encode?framing=confluent"))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(encoded.statusCode()).isEqualTo(200);
        // magic byte, schema id 2 (big-endian), message index [0] as one zero byte, then the payload
        assertThat(HexFormat.of().formatHex(encoded.body(), 0, 6)).isEqualTo("000000000200");

        HttpResponse<String> decoded = client.send(HttpRequest.newBuilder(URI.create(registry.baseUrl
                        + "/subjects/priced-orders-value/versions/latest/decode"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(encoded.body())).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(decoded.statusCode()).isEqualTo(200);
        assertThat(decoded.headers().firstValue("X-Protovet-Schema-Id")).contains("2");
        assertThat(JsonParser.parseString(decoded.body())).isEqualTo(JsonParser.parseString(json));
    }

    @Test
    void ignoreExtensionsDropsCustomOptions() {
        String withCustom = """
                syntax = "proto3";
                package shop.v1;
                import "google/protobuf/descriptor.proto";
                extend google.protobuf.FieldOptions { string pii = 50001; }
                message Customer {
                  string email = 1 [(pii) = "high", deprecated = true];
                }
                """;
        int id = RegistryApiContract.id(registry.post("/subjects/customers-value/versions",
                RegistryApiContract.body(withCustom)));

        String stored = registry.get("/schemas/ids/" + id).json().getAsJsonObject().get("schema").getAsString();
        String plain = registry.get("/schemas/ids/" + id + "?format=ignore_extensions").json().getAsJsonObject()
                .get("schema").getAsString();

        assertThat(stored).contains("(pii) = \"high\"");
        assertThat(plain).doesNotContain("pii = \"high\"").contains("deprecated = true").contains("message Customer");
    }

    @Test
    void aBodyThatIsNotTheMessageIsA400() {
        Answer wrong = registry.post("/subjects/priced-orders-value/versions/1/encode?message=shop.v1.Nope", "{}");
        Answer notJson = registry.post("/subjects/priced-orders-value/versions/1/encode", "{\"id\": 5, \"bogus\": 1}");

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.message()).contains("shop.v1.Nope").contains("shop.v1.PricedOrder");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.message()).contains("bogus");
        List.of(wrong, notJson).forEach(a -> assertThat(a.json().getAsJsonObject()).isInstanceOf(JsonObject.class));
    }

    @Test
    void messagesAreEncodedAndDecodedWithConfluentsGuidFramingToo() throws Exception {
        String guid = registry.get("/subjects/priced-orders-value/versions/latest").json().getAsJsonObject().get("guid")
                .getAsString();
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<byte[]> encoded = client.send(HttpRequest.newBuilder(URI.create(registry.baseUrl
                        + "/subjects/priced-orders-value/versions/latest/encode?framing=confluent-guid"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"o-1\"}")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(encoded.statusCode()).isEqualTo(200);
        // magic byte 1, the GUID's 16 bytes, then message index 0
        assertThat(HexFormat.of().formatHex(encoded.body(), 0, 18)).isEqualTo("01" + guid.replace("-", "") + "00");

        HttpResponse<String> decoded = client.send(HttpRequest.newBuilder(URI.create(registry.baseUrl
                        + "/subjects/priced-orders-value/versions/latest/decode"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(encoded.body())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(decoded.statusCode()).as(decoded.body()).isEqualTo(200);
        assertThat(decoded.headers().firstValue("X-Protovet-Schema-Guid")).contains(guid);
        assertThat(JsonParser.parseString(decoded.body()).getAsJsonObject().get("id").getAsString()).isEqualTo("o-1");
    }
}
