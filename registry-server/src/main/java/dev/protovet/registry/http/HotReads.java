package dev.protovet.registry.http;

import com.github.benmanes.caffeine.cache.Cache;
import dev.protovet.registry.core.Caches;
import dev.protovet.registry.core.RegistryException;
import io.micrometer.core.instrument.Timer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Serves the registry's hottest read, {@code GET /schemas/ids/{id}} without query parameters (what every Kafka
 * deserializer asks on a cache miss), straight from Jetty, ahead of the servlet stack; the answer is the same bytes
 * the route in {@link App} gives. Anything else, a schema not found, and a call without the read role, goes on to
 * that route, which answers it (with its errors, 401 and 403).
 */
final class HotReads extends Handler.Wrapper {
    private static final String PREFIX = "/schemas/ids/";

    private final SchemaRoutes schemas;
    private final Credentials credentials;
    private final Timer served;
    // a schema id never changes what it names, so its answer may be kept
    private final Cache<Integer, byte[]> bodies;

    HotReads(SchemaRoutes schemas, Credentials credentials, Metrics metrics, Caches caches) {
        this.schemas = schemas;
        this.credentials = credentials;
        this.served = metrics.timer("GET", 200, "/schemas/ids/{id}");
        this.bodies = caches.create("schema_answers", caches.limits().answerBytes(), (id, body) -> 48 + body.length);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long started = System.nanoTime();
        int id = schemaId(request);
        if (id < 0 || credentials != null
                && !credentials.allows(request.getHeaders().get(HttpHeader.AUTHORIZATION), Role.READ)) {
            return super.handle(request, response, callback);
        }
        byte[] body = body(id);
        if (body == null) {
            return super.handle(request, response, callback);
        }
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Json.MEDIA_TYPE);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
        served.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        return true;
    }

    /** The id a plain {@code GET /schemas/ids/{id}} asks for, or -1 for any other request. */
    private static int schemaId(Request request) {
        if (!HttpMethod.GET.is(request.getMethod()) || request.getHttpURI().getQuery() != null) {
            return -1;
        }
        String path = request.getHttpURI().getPath();
        int end = path.endsWith("/") ? path.length() - 1 : path.length();
        if (!path.startsWith(PREFIX) || end == PREFIX.length() || end - PREFIX.length() > 9) {
            return -1;
        }
        int id = 0;
        for (int i = PREFIX.length(); i < end; i++) {
            char c = path.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            id = id * 10 + (c - '0');
        }
        return id;
    }

    private byte[] body(int id) {
        byte[] cached = bodies.getIfPresent(id);
        if (cached != null) {
            return cached;
        }
        byte[] body;
        try {
            body = Json.GSON.toJson(schemas.byId(id, null)).getBytes(StandardCharsets.UTF_8);
        } catch (RegistryException notFound) {
            return null;
        }
        bodies.put(id, body);
        return body;
    }
}
