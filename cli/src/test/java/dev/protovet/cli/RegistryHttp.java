package dev.protovet.cli;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Plain HTTP calls to a registry's REST API, to set one up and to look at it, as a Kafka client would. */
record RegistryHttp(String url) {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    record Answer(int status, String body) {
        JsonElement json() {
            return JsonParser.parseString(body);
        }
    }

    Answer get(String path) {
        return send("GET", path, null);
    }

    Answer post(String path, String json) {
        return ok(send("POST", path, json));
    }

    Answer put(String path, String json) {
        return ok(send("PUT", path, json));
    }

    Answer delete(String path) {
        return ok(send("DELETE", path, null));
    }

    /** Registers a PROTOBUF schema; {@code references} is a JSON array. Returns the id. */
    int register(String subject, String schema, String references) {
        return post("/subjects/" + subject + "/versions", "{\"schemaType\":\"PROTOBUF\",\"schema\":" + quote(schema)
                + ",\"references\":" + references + "}").json().getAsJsonObject().get("id").getAsInt();
    }

    static String quote(String text) {
        return new Gson().toJson(text);
    }

    private static Answer ok(Answer answer) {
        if (answer.status() / 100 != 2) {
            throw new IllegalStateException("HTTP " + answer.status() + ": " + answer.body());
        }
        return answer;
    }

    Answer send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path))
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
