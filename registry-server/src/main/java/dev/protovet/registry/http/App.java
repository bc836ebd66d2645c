package dev.protovet.registry.http;

import dev.protovet.registry.core.Registry;
import dev.protovet.registry.core.RegistryException;
import dev.protovet.registry.ui.UiRoutes;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.event.HandlerMetaInfo;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the registry's HTTP application, unstarted: every route in one place, every error mapped in one place. */
public final class App {
    private static final Logger LOG = LoggerFactory.getLogger(App.class);
    private static final int THREADS = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());

    private App() {
    }

    /** The app over {@code registry}. */
    public static Javalin create(Registry registry, AppSettings settings) {
        return create(registry, settings, route -> { });
    }

    /** The same, telling {@code routes} of every route as it is added (its method, path and roles). */
    static Javalin create(Registry registry, AppSettings settings, Consumer<HandlerMetaInfo> routes) {
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Metrics timers = new Metrics(metrics);
        SchemaFormats formats = new SchemaFormats(registry.schemas());
        SchemaRoutes schemas = new SchemaRoutes(registry.schemas(), formats);
        SubjectRoutes subjects = new SubjectRoutes(registry.subjects(), registry.registrations(), registry.deletions(),
                formats);
        CompatibilityRoutes compatibility = new CompatibilityRoutes(registry.compatibility());
        ConfigRoutes config = new ConfigRoutes(registry.settings());
        MessageRoutes messages = new MessageRoutes(registry.subjects(), registry.diffs(), registry.codecs());
        UiRoutes ui = new UiRoutes(registry);
        Readiness readiness = new Readiness(registry.transactions());
        Lane lane = new Lane("write", settings.writeThreads());
        // listings of every subject or schema: few at a time, beside the quick reads
        Lane lists = new Lane("list", 2);

        HotReads hotReads = new HotReads(schemas, settings.credentials(), timers, registry.caches());
        timers.bindCaches(registry.caches());
        return Javalin.create(c -> {
            c.events.handlerAdded(routes);
            server(c, settings, hotReads);
            RoutesConfig app = c.routes;
            app.get("/", ctx -> ctx.json(Map.of()), Role.READ);
            app.post("/", ctx -> ctx.json(Map.of()), Role.READ);

            app.get("/schemas", lists.of(schemas::list), Role.READ);
            app.get("/schemas/types", schemas::types, Role.READ);
            app.get("/schemas/ids/{id}", schemas::byId, Role.READ);
            app.get("/schemas/ids/{id}/schema", schemas::rawById, Role.READ);
            app.get("/schemas/ids/{id}/subjects", schemas::subjectsOfId, Role.READ);
            app.get("/schemas/ids/{id}/versions", schemas::versionsOfId, Role.READ);
            app.get("/schemas/ids/{id}/descriptor-set", schemas::descriptorSetById, Role.READ);
            app.get("/schemas/guids/{guid}", schemas::byGuid, Role.READ);
            app.get("/schemas/guids/{guid}/ids", schemas::idsOfGuid, Role.READ);

            app.get("/subjects", lists.of(subjects::list), Role.READ);
            app.post("/subjects/{subject}", subjects::lookup, Role.READ);
            app.delete("/subjects/{subject}", lane.of(subjects::delete), Role.WRITE);
            app.get("/subjects/{subject}/metadata", subjects::byMetadata, Role.READ);
            app.get("/subjects/{subject}/versions", subjects::versions, Role.READ);
            app.post("/subjects/{subject}/versions", lane.of(subjects::register), Role.WRITE);
            app.get("/subjects/{subject}/versions/{version}", subjects::version, Role.READ);
            app.delete("/subjects/{subject}/versions/{version}", lane.of(subjects::deleteVersion), Role.WRITE);
            app.get("/subjects/{subject}/versions/{version}/schema", subjects::rawVersion, Role.READ);
            app.get("/subjects/{subject}/versions/{version}/referencedby", subjects::referencedBy, Role.READ);
            app.get("/subjects/{subject}/versions/{version}/descriptor-set", subjects::descriptorSet, Role.READ);
            app.get("/subjects/{subject}/versions/{version}/diff/{other}", messages::diff, Role.READ);
            app.post("/subjects/{subject}/versions/{version}/decode", messages::decode, Role.READ);
            app.post("/subjects/{subject}/versions/{version}/encode", messages::encode, Role.READ);

            app.post("/compatibility/subjects/{subject}/versions", lane.of(compatibility::againstAll), Role.READ);
            app.post("/compatibility/subjects/{subject}/versions/{version}", lane.of(compatibility::againstVersion),
                    Role.READ);

            app.get("/config", config::getGlobal, Role.READ);
            app.put("/config", config::putGlobal, Role.ADMIN);
            app.delete("/config", config::deleteGlobal, Role.ADMIN);
            app.get("/config/{subject}", config::getSubject, Role.READ);
            app.put("/config/{subject}", config::putSubject, Role.ADMIN);
            app.delete("/config/{subject}", config::deleteSubject, Role.ADMIN);
            app.get("/mode", config::getGlobalMode, Role.READ);
            app.put("/mode", config::putGlobalMode, Role.ADMIN);
            app.delete("/mode", config::deleteGlobalMode, Role.ADMIN);
            app.get("/mode/{subject}", config::getSubjectMode, Role.READ);
            app.put("/mode/{subject}", config::putSubjectMode, Role.ADMIN);
            app.delete("/mode/{subject}", config::deleteSubjectMode, Role.ADMIN);

            app.get("/contexts", schemas::contexts, Role.READ);
            // associations (Confluent 8.2) bind subjects to topics; this registry keeps none, and answers as Confluent
            // does for a topic or subject without any, so serializers fall back to the topic-name subject
            app.get("/associations/resources/{namespace}/{name}", ctx -> ctx.json(List.of()), Role.READ);
            app.get("/associations/subjects/{subject}", ctx -> ctx.json(List.of()), Role.READ);
            app.get("/v1/metadata/id", ctx -> ctx.json(Map.of("id", settings.clusterId(), "scope", Map.of("path", List.of(),
                    "clusters", Map.of("schema-registry-cluster", settings.clusterId())))), Role.READ);
            app.get("/v1/metadata/version", ctx -> ctx.json(Map.of("version", AppSettings.VERSION, "commitId", "")),
                    Role.READ);

            // the web UI (not part of the API, so not in openapi.yaml)
            app.get("/ui/", ui::subjects, Role.READ);
            app.get("/ui/subjects/{subject}", ui::subject, Role.READ);
            app.get("/ui/subjects/{subject}/diff", ui::diff, Role.READ);
            app.get("/ui/check", ui::checkForm, Role.READ);
            app.post("/ui/check", lane.of(ui::check), Role.READ);
            app.get("/ui/settings", ui::settings, Role.ADMIN);
            app.post("/ui/settings", ui::saveSettings, Role.ADMIN);
            app.get("/ui/assets/{file}", ui::asset, Role.OPEN);

            app.get("/openapi.yaml", ctx -> ctx.contentType("application/yaml; charset=utf-8").result(OpenApi.document()),
                    Role.OPEN);
            app.get("/health/live", ctx -> ctx.json(Map.of("status", "UP")), Role.OPEN);
            app.get("/health/ready", readiness::answer, Role.OPEN);
            app.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                    .result(metrics.scrape()), Role.READ);

            handling(app, settings, timers, ui);
            c.events.serverStopped(() -> {
                lane.close();
                lists.close();
                readiness.close();
            });
        });
    }

    /** Port, TLS, limits and threads; the hottest read answered by {@link HotReads} ahead of Javalin's servlet. */
    private static void server(JavalinConfig c, AppSettings settings, HotReads hotReads) {
        c.startup.showJavalinBanner = false;
        c.jsonMapper(new Json());
        c.http.defaultContentType = Json.MEDIA_TYPE;
        c.http.maxRequestSize = settings.maxRequestBytes();
        c.router.ignoreTrailingSlashes = true;
        // subjects such as "google/protobuf/timestamp.proto" arrive as %2F inside one path segment
        c.jetty.modifyHttpConfiguration(http -> http.setUriCompliance(UriCompliance.LEGACY));
        // on a few cores, a few threads per core (acceptor and selector included) serve more requests, with shorter
        // tails, than Jetty's default 250; on 2 cores, 8 threads gave shorter read tails than 16 (bench/registry.sh)
        c.jetty.threadPool = new QueuedThreadPool(THREADS, Math.min(8, THREADS), 60_000);
        c.jetty.port = settings.port();
        c.jetty.host = settings.host();
        if (settings.tls() != null) {
            // with a connector of its own, Javalin adds no plain-HTTP one
            c.jetty.addConnector((server, http) -> Tls.connector(server, http, settings));
        }
        // in front of the handler Javalin attaches its servlet to
        c.jetty.modifyServer(server -> {
            server.insertHandler(hotReads);
            // ahead of everything: Confluent's /contexts/{context}/... URLs, as qualified subjects
            server.insertHandler(new ContextUrls());
            server.setErrorHandler(new JsonErrors());
        });
    }

    /** Timing, access checks, Confluent's media type, and every error as Confluent's {@code error_code} body. */
    private static void handling(RoutesConfig app, AppSettings settings, Metrics timers, UiRoutes ui) {
        app.before(Metrics::start);
        if (settings.credentials() != null) {
            app.beforeMatched(ctx -> Access.check(ctx, settings.credentials()));
        }
        app.after(ctx -> {
            // Confluent answers in its own media type; Javalin's ctx.json() sets plain application/json
            if ("application/json".equals(ctx.res().getContentType())) {
                ctx.contentType(Json.MEDIA_TYPE);
            }
            timers.record(ctx);
        });
        app.exception(RegistryException.class, (e, ctx) -> {
            if (isUi(ctx)) {
                ui.error(ctx, e.status(), oneLine(e.getMessage()));
            } else {
                error(ctx, e.status(), e.errorCode(), e.getMessage());
            }
        });
        app.exception(HttpResponseException.class, (e, ctx) -> {
            if (isUi(ctx)) {
                ui.error(ctx, e.getStatus(), e.getStatus() == 404 ? "There is no page at " + oneLine(ctx.path()) + "."
                        : oneLine(e.getMessage()));
            } else {
                error(ctx, e.getStatus(), e.getStatus(), e.getMessage());
            }
        });
        app.exception(Exception.class, (e, ctx) -> {
            Integer badRequest = badRequestStatus(e);
            if (badRequest != null) {
                error(ctx, badRequest, badRequest, "HTTP " + badRequest + ": the request could not be read (a body "
                        + "shorter than its Content-Length, or malformed chunked encoding)");
                return;
            }
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, 50001, "Error in the backend data store: an unexpected error; the server's log has the "
                    + "details");
        });
        app.error(404, ctx -> {
            boolean answered = ctx.result() != null && !ctx.result().isEmpty();
            if (isUi(ctx) && !answered) {
                ui.error(ctx, 404, "There is no page at " + oneLine(ctx.path()) + ".");
            } else if (!isUi(ctx) && (!answered || !ctx.result().contains("error_code"))) {
                error(ctx, 404, 404, "HTTP 404 Not Found");
            }
        });
        app.error(405, ctx -> error(ctx, 405, 405, "HTTP 405 Method Not Allowed"));
        app.error(413, ctx -> error(ctx, 413, 413, "The request body is larger than " + settings.maxRequestBytes()
                + " bytes"));
    }

    /** A request for a web UI page, whose errors are pages too. */
    private static boolean isUi(Context ctx) {
        return ctx.path().startsWith("/ui/") && !ctx.path().startsWith("/ui/assets/");
    }

    /**
     * The 4xx status of a failure to read the request itself (its body ended early, its chunks were malformed), or
     * null when the failure is the server's.
     */
    private static Integer badRequestStatus(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.eclipse.jetty.http.HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
                return http.getCode();
            }
            if (t instanceof java.io.EOFException) {
                return 400;
            }
        }
        return null;
    }

    private static void error(Context ctx, int status, int errorCode, String message) {
        ctx.status(status).contentType(Json.MEDIA_TYPE).json(Responses.error(errorCode, oneLine(message)));
    }

    /** A message with the control characters a request may have put in it (a subject's newline) escaped. */
    static String oneLine(String message) {
        StringBuilder out = new StringBuilder(message.length());
        message.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
