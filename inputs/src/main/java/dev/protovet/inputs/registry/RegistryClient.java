package dev.protovet.inputs.registry;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import dev.protovet.engine.InputException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * A client of the Confluent Schema Registry REST API (which protovet's registry also speaks), for PROTOBUF schemas.
 * Errors come back as an {@link InputException} naming the URL, the HTTP status and the registry's error_code.
 */
public final class RegistryClient {
    private static final String MEDIA_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final Gson GSON = new Gson();

    private final String baseUrl;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** A schema reference: the import path it is known by, and the subject version holding it. */
    public record Reference(String name, String subject, int version) {
    }

    /** One registered version of a subject. */
    public record SchemaVersion(String subject, int version, int id, String schema, List<Reference> references) {
    }

    /** A registered schema: its id, and the subject's version that holds it. */
    public record Registered(int id, int version) {
    }

    /** The registry's answer to a compatibility check. */
    public record Compatibility(boolean compatible, List<String> messages) {
    }

    /** {@code credentials}: {@code user:password} for HTTP basic, a bare token for bearer auth, or null. */
    public RegistryClient(String baseUrl, String credentials) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        if (credentials == null || credentials.isBlank()) {
            this.authorization = null;
        } else if (credentials.contains(":")) {
            this.authorization = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        } else {
            this.authorization = "Bearer " + credentials;
        }
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** A subject's version: a number, or "latest". */
    public SchemaVersion version(String subject, String version) {
        return schemaVersion(subject, send("GET", "/subjects/" + encode(subject) + "/versions/" + encode(version), null)
                .getAsJsonObject());
    }

    /** A subject's version, or empty when the subject or version does not exist. */
    public Optional<SchemaVersion> findVersion(String subject, String version) {
        JsonElement body = send("GET", "/subjects/" + encode(subject) + "/versions/" + encode(version), null, true);
        return body == null ? Optional.empty() : Optional.of(schemaVersion(subject, body.getAsJsonObject()));
    }

    private SchemaVersion schemaVersion(String subject, JsonObject body) {
        String type = schemaType(body);
        if (!type.equals("PROTOBUF")) {
            throw new InputException(baseUrl + "/subjects/" + subject, "the schema is " + type + ", not PROTOBUF");
        }
        return new SchemaVersion(body.get("subject").getAsString(), body.get("version").getAsInt(),
                body.get("id").getAsInt(), body.get("schema").getAsString(), references(body));
    }

    public List<String> subjects() {
        List<String> out = new ArrayList<>();
        send("GET", "/subjects", null).getAsJsonArray().forEach(e -> out.add(e.getAsString()));
        return out;
    }

    /**
     * Registers a schema under a subject (idempotent in the registry) and returns its id and the version that holds
     * it, which is not always the latest: re-registering an older schema answers with its old version.
     */
    public Registered register(String subject, String schema, List<Reference> references) {
        String body = schemaBody(schema, references);
        return registered(subject, body, send("POST", "/subjects/" + encode(subject) + "/versions", body));
    }

    /**
     * Registers a schema as {@link #register} does, or answers empty when the registry refuses it as incompatible
     * (409), so the caller can ask {@link #check} why.
     */
    public Optional<Registered> registerIfCompatible(String subject, String schema, List<Reference> references) {
        String body = schemaBody(schema, references);
        JsonElement answer = send("POST", "/subjects/" + encode(subject) + "/versions", body, 409);
        return answer == null ? Optional.empty() : Optional.of(registered(subject, body, answer));
    }

    private Registered registered(String subject, String body, JsonElement answer) {
        JsonObject registered = answer.getAsJsonObject();
        // registries before Confluent 7.9 answer with the id alone; looking the schema up names its version
        JsonObject withVersion = registered.has("version") ? registered
                : send("POST", "/subjects/" + encode(subject), body).getAsJsonObject();
        return new Registered(registered.get("id").getAsInt(), withVersion.get("version").getAsInt());
    }

    /**
     * Checks a schema against a subject's version ("latest" or a number), or with a null version against every
     * version the subject's compatibility level compares with, as a registration does, without registering it.
     */
    public Compatibility check(String subject, String version, String schema, List<Reference> references) {
        String versions = "/compatibility/subjects/" + encode(subject) + "/versions"
                + (version == null ? "" : "/" + encode(version));
        JsonObject body = send("POST", versions + "?verbose=true", schemaBody(schema, references)).getAsJsonObject();
        List<String> messages = new ArrayList<>();
        if (body.has("messages")) {
            body.getAsJsonArray("messages").forEach(m -> messages.add(m.getAsString()));
        }
        return new Compatibility(body.get("is_compatible").getAsBoolean(), List.copyOf(messages));
    }

    /** The compatibility level of a subject (falling back to the global one), or the global one when subject is null. */
    public String compatibilityLevel(String subject) {
        String path = scopePath("/config", subject) + (subject == null ? "" : "?defaultToGlobal=true");
        JsonObject body = send("GET", path, null).getAsJsonObject();
        return body.has("compatibilityLevel") ? body.get("compatibilityLevel").getAsString() : body.get("compatibility").getAsString();
    }

    public String setCompatibilityLevel(String subject, String level) {
        JsonObject request = new JsonObject();
        request.addProperty("compatibility", level);
        JsonObject body = send("PUT", scopePath("/config", subject), GSON.toJson(request))
                .getAsJsonObject();
        return body.get("compatibility").getAsString();
    }

    /** The body of a registration, lookup or check: a PROTOBUF schema and its references. */
    static JsonObject schemaJson(String schema, List<Reference> references) {
        JsonObject body = new JsonObject();
        body.addProperty("schemaType", "PROTOBUF");
        body.addProperty("schema", schema);
        JsonArray refs = new JsonArray();
        for (Reference reference : references) {
            JsonObject ref = new JsonObject();
            ref.addProperty("name", reference.name());
            ref.addProperty("subject", reference.subject());
            ref.addProperty("version", reference.version());
            refs.add(ref);
        }
        body.add("references", refs);
        return body;
    }

    private static String schemaBody(String schema, List<Reference> references) {
        return GSON.toJson(schemaJson(schema, references));
    }

    /** The {@code schemaType} of a registry's answer: missing means AVRO, as in Confluent. */
    static String schemaType(JsonObject answer) {
        return answer.has("schemaType") ? answer.get("schemaType").getAsString() : "AVRO";
    }

    /** {@code /config} or {@code /mode} of a subject or context, or (null or "") the global one. */
    static String scopePath(String root, String scope) {
        return scope == null || scope.isEmpty() ? root : root + "/" + encode(scope);
    }

    /** The {@code references} of a registry's answer (none when it has none). */
    static List<Reference> references(JsonObject answer) {
        List<Reference> references = new ArrayList<>();
        if (answer.has("references")) {
            for (JsonElement element : answer.getAsJsonArray("references")) {
                JsonObject reference = element.getAsJsonObject();
                references.add(new Reference(reference.get("name").getAsString(), reference.get("subject").getAsString(),
                        reference.get("version").getAsInt()));
            }
        }
        return List.copyOf(references);
    }

    JsonElement send(String method, String path, String json) {
        return send(method, path, json, false);
    }

    /** Sends a request; with {@code missingIsNull}, a 404 answer is null instead of an error. */
    JsonElement send(String method, String path, String json, boolean missingIsNull) {
        return send(method, path, json, missingIsNull ? 404 : 0);
    }

    /** Why a request got no answer, in words: the JDK's client often gives only an exception class. */
    private static String unreachable(IOException e) {
        if (e instanceof java.net.http.HttpTimeoutException) {
            return "no answer in time";
        }
        if (e instanceof java.net.ConnectException) {
            return "connection refused" + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
        }
        if (e.getCause() instanceof java.nio.channels.UnresolvedAddressException) {
            return "unknown host";
        }
        return e.getMessage() != null ? e.getMessage() : "connection failed";
    }

    /** Sends a request; an answer with status {@code nullStatus} is null instead of an error. */
    private JsonElement send(String method, String path, String json, int nullStatus) {
        String url = baseUrl + path;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", MEDIA_TYPE + ", application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", MEDIA_TYPE);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InputException(url, "registry unreachable: " + unreachable(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException(url, "interrupted");
        } catch (IllegalArgumentException e) {
            throw new InputException(url, "not a valid registry URL: " + e.getMessage());
        }
        JsonElement body;
        try {
            body = response.body().isBlank() ? new JsonObject() : GSON.fromJson(response.body(), JsonElement.class);
        } catch (JsonParseException e) {
            throw new InputException(url, "HTTP " + response.statusCode() + " with a body that is not JSON");
        }
        if (response.statusCode() == nullStatus) {
            return null;
        }
        if (response.statusCode() / 100 != 2) {
            String detail = body.isJsonObject() && body.getAsJsonObject().has("message")
                    ? body.getAsJsonObject().get("error_code") + " " + body.getAsJsonObject().get("message").getAsString()
                    : response.body();
            throw new InputException(url, "HTTP " + response.statusCode() + ": " + detail);
        }
        return body;
    }

    static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
