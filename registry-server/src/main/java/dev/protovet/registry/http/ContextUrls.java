package dev.protovet.registry.http;

import dev.protovet.registry.core.Subjects;
import dev.protovet.registry.model.SchemaKey;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Confluent's context URLs: a client whose registry URL ends in {@code /contexts/.team-a} works in that context.
 * {@code /contexts/{ctx}/subjects/{s}/...}, {@code /contexts/{ctx}/compatibility/subjects/{s}/...},
 * {@code /contexts/{ctx}/config[/{s}]} and {@code /contexts/{ctx}/mode[/{s}]} name the qualified subject
 * {@code :.ctx:s} (or the context's own scope); {@code /contexts/{ctx}/subjects} and {@code /contexts/{ctx}/schemas}
 * list that context's subjects and schemas; {@code /contexts/{ctx}/schemas/ids/{id}} reads an id of that context.
 * The context may be written with or without its leading dot; {@code .} is the default context.
 */
final class ContextUrls extends Handler.Wrapper {
    private static final String PREFIX = "/contexts/";

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        HttpURI uri = request.getHttpURI();
        String path = uri.getPath();
        if (path == null || !path.startsWith(PREFIX)) {
            return super.handle(request, response, callback);
        }
        int slash = path.indexOf('/', PREFIX.length());
        if (slash < 0 || slash == PREFIX.length()) {
            return super.handle(request, response, callback); // GET /contexts, DELETE /contexts/{context}
        }
        String context = path.substring(PREFIX.length(), slash);
        String scope = context.equals(SchemaKey.DEFAULT_CONTEXT) ? ""
                : Subjects.contextScope(context.startsWith(".") ? context : "." + context);
        HttpURI rewritten = rewrite(uri, path.substring(slash), scope);
        if (rewritten == null) {
            return super.handle(request, response, callback);
        }
        return super.handle(new Request.Wrapper(request) {
            @Override
            public HttpURI getHttpURI() {
                return rewritten;
            }
        }, response, callback);
    }

    /** The URL without the context prefix, the context moved into the subject or the query; null when unknown. */
    static HttpURI rewrite(HttpURI uri, String rest, String scope) {
        String query = uri.getQuery();
        for (String root : new String[] {"/subjects/", "/compatibility/subjects/", "/config/", "/mode/"}) {
            if (rest.startsWith(root) && rest.length() > root.length()) {
                String subject = rest.substring(root.length());
                return HttpURI.build(uri).path(root + (subject.startsWith(":") ? "" : scope) + subject);
            }
        }
        if (rest.equals("/config") || rest.equals("/config/") || rest.equals("/mode") || rest.equals("/mode/")) {
            String root = rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest;
            return HttpURI.build(uri).path(scope.isEmpty() ? root : root + "/" + scope);
        }
        if (rest.equals("/subjects") || rest.equals("/subjects/") || rest.equals("/schemas") || rest.equals("/schemas/")) {
            return HttpURI.build(uri).path(rest).query(scope.isEmpty() ? query : with(query, "subjectPrefix", scope));
        }
        if (rest.startsWith("/schemas/")) {
            return HttpURI.build(uri).path(rest).query(scope.isEmpty() ? query : with(query, "subject", scope));
        }
        return null;
    }

    /** The query with {@code name=value} added, unless it already sets {@code name}. */
    private static String with(String query, String name, String value) {
        if (query == null || query.isEmpty()) {
            return name + "=" + value;
        }
        for (String pair : query.split("&")) {
            if (pair.equals(name) || pair.startsWith(name + "=")) {
                return query;
            }
        }
        return query + "&" + name + "=" + value;
    }
}
