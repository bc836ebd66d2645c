package dev.protovet.cli;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for a Confluent Schema Registry over real HTTP, with the request and response shapes of Confluent's
 * API, until protovet's own registry server exists. It does not judge compatibility: a schema containing the
 * comment "// incompatible" is answered as incompatible, anything else as compatible.
 */
final class ConfluentShapedRegistry implements AutoCloseable {
    private static final Gson GSON = new Gson();
    private final HttpServer server;
    private final Map<String, List<JsonObject>> subjects = new LinkedHashMap<>();
    private final String expectedAuth;
    private String globalLevel = "BACKWARD";

    ConfluentShapedRegistry(String user, String password) throws IOException {
        expectedAuth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Stores a version directly, as if registered earlier; references as name, subject, version triples. */
    void put(String subject, String schema, String... references) {
        List<JsonObject> versions = subjects.computeIfAbsent(subject, k -> new ArrayList<>());
        JsonObject version = new JsonObject();
        version.addProperty("subject", subject);
        version.addProperty("version", versions.size() + 1);
        version.addProperty("id", 100 + subjects.values().stream().mapToInt(List::size).sum());
        version.addProperty("schemaType", "PROTOBUF");
        version.addProperty("schema", schema);
        JsonArray refs = new JsonArray();
        for (int i = 0; i < references.length; i += 3) {
            JsonObject ref = new JsonObject();
            ref.addProperty("name", references[i]);
            ref.addProperty("subject", references[i + 1]);
            ref.addProperty("version", Integer.parseInt(references[i + 2]));
            refs.add(ref);
        }
        version.add("references", refs);
        versions.add(version);
    }

    private void handle(HttpExchange exchange) throws IOException {
        if (!expectedAuth.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            reply(exchange, 401, error(40101, "Unauthorized"));
            return;
        }
        String path = exchange.getRequestURI().getRawPath();
        String method = exchange.getRequestMethod();
        String[] parts = path.substring(1).split("/");
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (path.equals("/subjects") && method.equals("GET")) {
            reply(exchange, 200, GSON.toJson(subjects.keySet()));
        } else if (parts.length == 4 && parts[0].equals("subjects") && parts[2].equals("versions") && method.equals("GET")) {
            List<JsonObject> versions = subjects.get(decode(parts[1]));
            if (versions == null) {
                reply(exchange, 404, error(40401, "Subject '" + decode(parts[1]) + "' not found."));
                return;
            }
            int n = parts[3].equals("latest") ? versions.size() : Integer.parseInt(parts[3]);
            reply(exchange, n >= 1 && n <= versions.size() ? 200 : 404,
                    n >= 1 && n <= versions.size() ? GSON.toJson(versions.get(n - 1)) : error(40402, "Version " + n + " not found."));
        } else if (parts.length == 3 && parts[0].equals("subjects") && method.equals("POST")) {
            JsonObject request = GSON.fromJson(body, JsonObject.class);
            put(decode(parts[1]), request.get("schema").getAsString());
            List<JsonObject> versions = subjects.get(decode(parts[1]));
            reply(exchange, 200, "{\"id\":" + versions.get(versions.size() - 1).get("id").getAsInt() + "}");
        } else if (parts.length == 5 && parts[0].equals("compatibility") && method.equals("POST")) {
            boolean incompatible = GSON.fromJson(body, JsonObject.class).get("schema").getAsString().contains("// incompatible");
            reply(exchange, 200, incompatible
                    ? "{\"is_compatible\":false,\"messages\":[\"FIELD_NO_DELETE orders.proto:3:1 Previously present field \\\"2\\\" was deleted.\"]}"
                    : "{\"is_compatible\":true}");
        } else if (parts[0].equals("config") && method.equals("GET")) {
            reply(exchange, 200, "{\"compatibilityLevel\":\"" + globalLevel + "\"}");
        } else if (parts[0].equals("config") && method.equals("PUT")) {
            globalLevel = GSON.fromJson(body, JsonObject.class).get("compatibility").getAsString();
            reply(exchange, 200, "{\"compatibility\":\"" + globalLevel + "\"}");
        } else {
            reply(exchange, 404, error(404, "HTTP 404 Not Found"));
        }
    }

    private static String decode(String segment) {
        return URLDecoder.decode(segment, StandardCharsets.UTF_8);
    }

    private static String error(int code, String message) {
        return "{\"error_code\":" + code + ",\"message\":\"" + message + "\"}";
    }

    private static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/vnd.schemaregistry.v1+json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
