package dev.protovet.registry.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protovet.registry.http.RunningRegistry.Answer;
import io.javalin.http.HandlerType;
import io.javalin.event.HandlerMetaInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The OpenAPI document served at /openapi.yaml describes exactly the routes {@link App} declares, with their roles. */
class OpenApiTest {
    private static final Set<String> OPERATION_KEYS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");
    private static RunningRegistry registry;
    private static final List<HandlerMetaInfo> ROUTES = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        registry = new RunningRegistry(TestDatabases.h2(), AppSettings.defaults(), ROUTES::add);
    }

    @AfterAll
    static void stop() {
        registry.close();
    }

    @Test
    void documentsEveryRouteAndNoOther() {
        Set<String> routes = routeRoles().keySet();
        Set<String> documented = operations().keySet();

        Set<String> undocumented = new TreeSet<>(routes);
        undocumented.removeAll(documented);
        Set<String> notRoutes = new TreeSet<>(documented);
        notRoutes.removeAll(routes);
        assertThat(undocumented.isEmpty() && notRoutes.isEmpty())
                .as("openapi.yaml and App disagree.%n  Routes missing from openapi.yaml: %s%n"
                        + "  Operations in openapi.yaml that App does not declare: %s", undocumented, notRoutes)
                .isTrue();
    }

    @Test
    void statesTheRoleEachRouteNeeds() {
        Map<String, Map<String, Object>> operations = operations();
        List<String> wrong = new ArrayList<>();
        routeRoles().forEach((route, role) -> {
            Map<String, Object> operation = operations.get(route);
            if (operation != null && !role.equals(operation.get("x-protovet-role"))) {
                wrong.add(route + ": App needs " + role + ", openapi.yaml says " + operation.get("x-protovet-role"));
            }
        });
        assertThat(wrong).as("x-protovet-role that differs from the route's role in App").isEmpty();
    }

    @Test
    void everyOperationHasASummaryAndAResponse() {
        List<String> incomplete = new ArrayList<>();
        operations().forEach((route, operation) -> {
            Object summary = operation.get("summary");
            Object responses = operation.get("responses");
            if (!(summary instanceof String s) || s.isBlank() || !(responses instanceof Map<?, ?> r) || r.isEmpty()) {
                incomplete.add(route);
            }
        });
        assertThat(incomplete).as("operations without a summary or without responses").isEmpty();
    }

    @Test
    void isServedOverHttp() {
        Answer answer = registry.get("/openapi.yaml");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/yaml");
        assertThat(answer.body()).isEqualTo(OpenApi.document());
        Map<String, Object> served = new Yaml().load(answer.body());
        assertThat(served).containsEntry("openapi", "3.0.3").containsKey("paths");
    }

    /** Every API route App declares (the web UI under /ui is not API), as {@code "GET /subjects"}, with its role. */
    private static Map<String, String> routeRoles() {
        Set<HandlerType> ignored = Set.of(HandlerType.HEAD, HandlerType.OPTIONS);
        Map<String, String> out = new TreeMap<>();
        assertThat(ROUTES).as("routes App told of").isNotEmpty();
        for (HandlerMetaInfo route : ROUTES) {
            if (route.getHttpMethod().isHttpMethod() && !ignored.contains(route.getHttpMethod())
                    && !route.getPath().startsWith("/ui")) {
                String role = route.getRoles().stream().filter(Role.class::isInstance)
                        .map(r -> ((Role) r).name()).findFirst().orElse("none");
                out.put(route.getHttpMethod().name() + " " + route.getPath(), role.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** Every operation in the document, keyed as {@link #routeRoles()} keys routes. */
    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> operations() {
        Map<String, Object> document = new Yaml().load(OpenApi.document());
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        Map<String, Map<String, Object>> out = new TreeMap<>();
        paths.forEach((path, item) -> item.forEach((key, operation) -> {
            if (OPERATION_KEYS.contains(key)) {
                out.put(key.toUpperCase(Locale.ROOT) + " " + path, (Map<String, Object>) operation);
            }
        }));
        return out;
    }
}
