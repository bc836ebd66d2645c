package dev.protovet.registry.ui;

import dev.protovet.engine.Finding;
import dev.protovet.engine.report.FixHints;
import dev.protovet.engine.rules.BuiltInRules;
import dev.protovet.engine.rules.ConfigVersion;
import dev.protovet.registry.core.CompatibilityLevel;
import dev.protovet.registry.core.CompatibilityResult;
import dev.protovet.registry.core.Mode;
import dev.protovet.registry.core.RegisteredSchema;
import dev.protovet.registry.core.RegistryException;
import dev.protovet.registry.core.Problems;
import dev.protovet.registry.core.Registry;
import dev.protovet.registry.core.Settings;
import dev.protovet.registry.core.SchemaRequest;
import dev.protovet.registry.core.VersionId;
import dev.protovet.registry.http.Requests;
import dev.protovet.registry.model.Reference;
import dev.protovet.registry.model.ScopeConfig;
import dev.protovet.registry.model.SubjectVersion;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The web UI: subjects, a subject's versions and text, the difference between two versions with the engine's
 * findings, and a compatibility check form. Server-rendered; the little script there is only adds copy-to-clipboard.
 */
public final class UiRoutes {
    static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private final Registry registry;
    private final SubjectListing listing;
    private final Templates templates = new Templates();
    private final CsrfTokens csrf = new CsrfTokens();

    public UiRoutes(Registry registry) {
        this.registry = registry;
        this.listing = new SubjectListing(registry.transactions());
    }

    public void subjects(Context ctx) {
        String query = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").trim();
        int page = Math.max(1, Requests.number(ctx, "page", 1));
        SubjectListing.Page found = listing.find(query, (page - 1) * PAGE_SIZE, PAGE_SIZE);
        int pages = Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SubjectVersion v : found.subjects()) {
            rows.add(Map.of("subject", v.subject(), "href", subjectHref(v.subject()), "version", v.version(),
                    "id", v.schemaId(), "level", found.levels().get(v.subject()).name(),
                    "changed", TIME.format(v.registeredAt())));
        }
        Map<String, Object> scope = page("Subjects");
        scope.put("q", query);
        scope.put("rows", rows);
        scope.put("empty", rows.isEmpty());
        scope.put("total", found.total());
        scope.put("page", page);
        scope.put("pages", pages);
        String q = query.isEmpty() ? "" : "&q=" + encode(query);
        if (page > 1) {
            scope.put("previous", "/ui/?page=" + (page - 1) + q);
        }
        if (page < pages) {
            scope.put("next", "/ui/?page=" + (page + 1) + q);
        }
        html(ctx, "subjects", scope);
    }

    public void subject(Context ctx) {
        String subject = ctx.pathParam("subject");
        List<SubjectVersion> versions = registry.subjects().versions(subject, false, false);
        VersionId selected = ctx.queryParam("version") == null ? VersionId.LATEST
                : VersionId.parse(ctx.queryParam("version"));
        RegisteredSchema schema = registry.subjects().version(subject, selected, false);
        List<Map<String, Object>> timeline = new ArrayList<>();
        for (int i = versions.size() - 1; i >= 0; i--) {
            SubjectVersion v = versions.get(i);
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("version", v.version());
            item.put("id", v.schemaId());
            item.put("time", TIME.format(v.registeredAt()));
            item.put("href", subjectHref(subject) + "?version=" + v.version());
            item.put("current", v.version() == schema.version());
            if (i > 0) {
                item.put("diff", diffHref(subject, versions.get(i - 1).version(), v.version()));
            }
            timeline.add(item);
        }
        List<Map<String, Object>> references = new ArrayList<>();
        for (Reference r : schema.references()) {
            references.add(Map.of("name", r.name(), "subject", r.subject(), "version", r.version(),
                    "href", subjectHref(r.subject()) + "?version=" + r.version()));
        }
        Map<String, Object> scope = page(subject);
        scope.put("subject", subject);
        scope.put("version", schema.version());
        scope.put("id", schema.id());
        scope.put("timeline", timeline);
        scope.put("references", references);
        scope.put("hasReferences", !references.isEmpty());
        scope.put("lines", numbered(ProtoHighlighter.lines(schema.schema()), "L"));
        scope.put("raw", schema.schema());
        String api = "/subjects/" + encode(subject) + "/versions/" + schema.version();
        scope.put("downloadProto", api + "/schema?download=true");
        scope.put("downloadProtoset", api + "/descriptor-set");
        scope.put("checkHref", "/ui/check?subject=" + encode(subject));
        scope.put("level", registry.settings().effectiveConfig(subject).level().name());
        html(ctx, "subject", scope);
    }

    public void diff(Context ctx) {
        String subject = ctx.pathParam("subject");
        List<Integer> versions = registry.subjects().versions(subject, false, false).stream()
                .map(SubjectVersion::version).toList();
        int to = Requests.number(ctx, "to", versions.get(versions.size() - 1));
        int from = Requests.number(ctx, "from", versions.size() > 1 ? versions.get(versions.size() - 2) : to);
        RegisteredSchema left = registry.subjects().version(subject, new VersionId(from), true);
        RegisteredSchema right = registry.subjects().version(subject, new VersionId(to), true);
        List<String> leftLines = ProtoHighlighter.lines(left.schema());
        List<String> rightLines = ProtoHighlighter.lines(right.schema());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (LineDiff.Row row : LineDiff.rows(ProtoHighlighter.sourceLines(left.schema()),
                ProtoHighlighter.sourceLines(right.schema()))) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("kind", row.kind());
            r.put("leftNumber", row.leftNumber() == 0 ? "" : row.leftNumber());
            r.put("left", row.leftNumber() == 0 ? "" : leftLines.get(row.leftNumber() - 1));
            r.put("rightNumber", row.rightNumber() == 0 ? "" : row.rightNumber());
            r.put("right", row.rightNumber() == 0 ? "" : rightLines.get(row.rightNumber() - 1));
            r.put("rightAnchor", row.rightNumber() == 0 ? "" : "R" + row.rightNumber());
            rows.add(r);
        }
        List<Map<String, Object>> findings = new ArrayList<>();
        // one item per element and change, with every rule that reports it
        for (Problems.Problem problem : Problems.of(registry.diffs().findings(subject, new VersionId(from),
                new VersionId(to)))) {
            Finding f = problem.finding();
            int line = f.location().span().startLine();
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("rule", String.join(", ", problem.ruleIds()));
            item.put("categories", String.join(", ", problem.ruleIds().stream()
                    .flatMap(id -> BuiltInRules.all().get(id).categoryIds(ConfigVersion.V2).stream()).distinct().toList()));
            item.put("message", f.message());
            item.put("hint", FixHints.hint(f));
            item.put("line", line);
            item.put("column", f.location().span().startColumn());
            item.put("href", "#R" + line);
            findings.add(item);
        }
        Map<String, Object> scope = page(subject + ": version " + from + " to " + to);
        scope.put("subject", subject);
        scope.put("subjectHref", subjectHref(subject));
        scope.put("from", from);
        scope.put("to", to);
        scope.put("versions", versions.stream().map(v -> Map.of("v", v, "isFrom", v == from, "isTo", v == to)).toList());
        scope.put("rows", rows);
        scope.put("findings", findings);
        scope.put("breaking", !findings.isEmpty());
        scope.put("findingCount", findings.size());
        scope.put("rules", String.join(", ", registry.settings().effectiveConfig(subject).rules()));
        html(ctx, "diff", scope);
    }

    public void checkForm(Context ctx) {
        Map<String, Object> scope = page("Check a schema");
        scope.put("subject", ctx.queryParam("subject") == null ? "" : ctx.queryParam("subject"));
        scope.put("schema", "");
        scope.put("subjects", registry.subjects().subjects("", false, false, 0, 1000));
        html(ctx, "check", scope);
    }

    public void check(Context ctx) {
        String subject = ctx.formParam("subject") == null ? "" : ctx.formParam("subject").trim();
        String schema = ctx.formParam("schema") == null ? "" : ctx.formParam("schema");
        Map<String, Object> scope = page("Check a schema");
        scope.put("subject", subject);
        scope.put("schema", schema);
        scope.put("subjects", registry.subjects().subjects("", false, false, 0, 1000));
        if (subject.isEmpty()) {
            scope.put("error", "Choose the subject to check against.");
        } else {
            try {
                CompatibilityResult result = registry.compatibility().check(subject, null,
                        new SchemaRequest(schema, SchemaRequest.PROTOBUF, List.of(), null, null, null), false, true);
                scope.put(result.schemaInvalid() ? "invalid" : "checked", true);
                scope.put("compatible", result.compatible());
                scope.put("messages", result.messages());
            } catch (RegistryException e) {
                scope.put("error", e.getMessage());
            }
        }
        html(ctx, "check", scope);
    }

    public void settings(Context ctx) {
        String subject = ctx.queryParam("subject") == null ? "" : ctx.queryParam("subject").trim();
        html(ctx, "settings", settingsScope(ctx, subject));
    }

    /** Saves the global settings (scope {@code global}) or a subject's; "inherit" removes a subject's own value. */
    public void saveSettings(Context ctx) {
        boolean global = "global".equals(ctx.formParam("scope"));
        String subject = global ? "" : String.valueOf(ctx.formParam("subject")).trim();
        String level = ctx.formParam("level");
        String rules = ctx.formParam("rules") == null ? "" : ctx.formParam("rules").replace(" ", "");
        String mode = ctx.formParam("mode");
        if (!csrf.accepts(ctx)) {
            error(ctx, 403, "Not saved", "The form did not come from this registry's settings page (or the page is "
                    + "older than this browser session). Nothing was changed; open the settings page and try again.",
                    "/ui/settings", "Back to the settings");
            return;
        }
        Map<String, Object> scope;
        try {
            if (!global && subject.isEmpty()) {
                throw RegistryException.invalidSubject(subject, "choose a subject");
            }
            String scopeName = global ? Settings.GLOBAL : subject;
            String levelValue = level == null || level.equals("inherit") ? null : CompatibilityLevel.parse(level).name();
            String rulesValue = rules.isEmpty() ? null : rules;
            registry.settings().replaceConfig(scopeName, new ScopeConfig(levelValue, rulesValue, null));
            if (mode == null || mode.equals("inherit")) {
                registry.settings().deleteMode(scopeName, false);
            } else {
                registry.settings().putMode(scopeName, Mode.parse(mode), false);
            }
            scope = settingsScope(ctx, subject);
            scope.put("saved", global ? "Saved the global settings." : "Saved the settings of " + subject + ".");
        } catch (RegistryException e) {
            scope = settingsScope(ctx, subject);
            scope.put("error", e.getMessage());
        }
        html(ctx, "settings", scope);
    }

    private Map<String, Object> settingsScope(Context ctx, String subject) {
        Map<String, Object> scope = page("Settings");
        scope.put("csrf", csrf.tokenFor(ctx));
        ScopeConfig global = registry.settings().config(Settings.GLOBAL).orElse(ScopeConfig.UNSET);
        String globalMode = registry.settings().mode(Settings.GLOBAL).orElse(Mode.READWRITE).name();
        scope.put("globalLevels", options(CompatibilityLevel.values(), global.level() == null
                ? CompatibilityLevel.DEFAULT.name() : global.level(), false));
        scope.put("globalRules", global.rules() == null ? "" : global.rules());
        scope.put("globalModes", options(EDITABLE_MODES, globalMode, false));
        scope.put("subject", subject);
        ScopeConfig own = subject.isEmpty() ? ScopeConfig.UNSET : registry.settings().config(subject).orElse(ScopeConfig.UNSET);
        String ownMode = subject.isEmpty() ? "inherit" : registry.settings().mode(subject).map(Mode::name).orElse("inherit");
        scope.put("subjectLevels", options(CompatibilityLevel.values(), own.level() == null ? "inherit" : own.level(), true));
        scope.put("subjectRules", own.rules() == null ? "" : own.rules());
        scope.put("subjectModes", options(EDITABLE_MODES, ownMode, true));
        scope.put("defaultRules", String.join(",", registry.settings().defaultRules()));
        return scope;
    }

    private static final Mode[] EDITABLE_MODES = {Mode.READWRITE, Mode.READONLY, Mode.IMPORT};

    private static List<Map<String, Object>> options(Enum<?>[] values, String selected, boolean inherit) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (inherit) {
            out.add(Map.of("value", "inherit", "label", "inherit", "selected", "inherit".equals(selected)));
        }
        for (Enum<?> v : values) {
            out.add(Map.of("value", v.name(), "label", v.name(), "selected", v.name().equals(selected)));
        }
        return out;
    }

    public void asset(Context ctx) {
        String name = ctx.pathParam("file");
        String type = name.endsWith(".css") ? "text/css; charset=utf-8"
                : name.endsWith(".js") ? "text/javascript; charset=utf-8" : null;
        try (InputStream in = type == null || name.contains("/") ? null
                : UiRoutes.class.getResourceAsStream("/dev/protovet/registry/ui/assets/" + name)) {
            if (in == null) {
                throw new RegistryException(404, 404, "no asset " + name);
            }
            ctx.contentType(type).header("Cache-Control", "max-age=3600").result(in.readAllBytes());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** An error as a page that says what went wrong and links back ({@code back}, labelled {@code backLabel}). */
    public void error(Context ctx, int status, String heading, String message, String back, String backLabel) {
        Map<String, Object> scope = page(heading);
        scope.put("heading", heading);
        scope.put("message", message);
        scope.put("back", back);
        scope.put("backLabel", backLabel);
        ctx.status(status);
        html(ctx, "error", scope);
    }

    /** A refused UI request as a page: what the registry said, and a way back to the subjects. */
    public void error(Context ctx, int status, String message) {
        String heading = status == 404 ? "Not found" : status == 403 || status == 401 ? "Not allowed" : "Cannot show this";
        error(ctx, status, heading, message, "/ui/", "Back to the subjects");
    }

    private static Map<String, Object> page(String title) {
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("title", title);
        return scope;
    }

    private void html(Context ctx, String template, Map<String, Object> scope) {
        ctx.contentType("text/html; charset=utf-8").result(templates.render(template, scope));
    }

    private static List<Map<String, Object>> numbered(List<String> lines, String prefix) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            out.add(Map.of("n", i + 1, "anchor", prefix + (i + 1), "html", lines.get(i)));
        }
        return out;
    }

    static String subjectHref(String subject) {
        return "/ui/subjects/" + encode(subject);
    }

    private static String diffHref(String subject, int from, int to) {
        return subjectHref(subject) + "/diff?from=" + from + "&to=" + to;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
