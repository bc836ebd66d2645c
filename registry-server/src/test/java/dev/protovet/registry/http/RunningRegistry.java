package dev.protovet.registry.http;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import dev.protovet.registry.core.Registry;
import dev.protovet.registry.store.Database;
import dev.protovet.registry.store.DatabaseSettings;
import io.javalin.Javalin;
import io.javalin.event.HandlerMetaInfo;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Consumer;

/** A registry server on a free loopback port over a real database, and a plain HTTP client for it. */
final class RunningRegistry implements AutoCloseable {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    final Database database;
    final Javalin app;
    final String baseUrl;

    RunningRegistry(DatabaseSettings settings) {
        this(settings, AppSettings.defaults());
    }

    RunningRegistry(DatabaseSettings settings, AppSettings appSettings) {
        this(settings, appSettings, route -> { });
    }

    /** With {@code routes} told of every route the app declares. */
    RunningRegistry(DatabaseSettings settings, AppSettings appSettings, Consumer<HandlerMetaInfo> routes) {
        database = Database.open(settings);
        app = App.create(Registry.open(database), appSettings.onLoopback(0), routes);
        app.start();
        baseUrl = "http://127.0.0.1:" + app.port();
    }

    /** An HTTP answer: status, body text and, when it is JSON, the parsed body. */
    record Answer(int status, String body, String contentType) {
        JsonElement json() {
            return JsonParser.parseString(body);
        }

        int errorCode() {
            return json().getAsJsonObject().get("error_code").getAsInt();
        }

        String message() {
            return json().getAsJsonObject().get("message").getAsString();
        }
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    byte[] getBytes(String path) {
        try {
            HttpResponse<byte[]> r = CLIENT.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new AssertionError("GET " + path + " answered " + r.statusCode());
            }
            return r.body();
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    Answer post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer put(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).DELETE());
    }

    /** A request with an Authorization header (null for none). */
    Answer send(String method, String path, String json, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).method(method,
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    private Answer send(HttpRequest.Builder request) {
        // the headers Confluent's Java client sends (RestService.DEFAULT_REQUEST_PROPERTIES)
        request.header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .header("Accept", "application/vnd.schemaregistry.v1+json, application/vnd.schemaregistry+json, application/json")
                .header("Confluent-Accept-Unknown-Properties", "true");
        try {
            HttpResponse<String> r = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        app.stop();
        database.close();
    }
}
