package dev.protovet.registry.http;

import dev.protovet.registry.core.CompatibilityResult;
import dev.protovet.registry.core.CompatibilityChecks;
import dev.protovet.registry.core.VersionId;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** /compatibility: would this schema be accepted, and with {@code verbose=true}, why not. */
final class CompatibilityRoutes {
    private final CompatibilityChecks checks;

    CompatibilityRoutes(CompatibilityChecks checks) {
        this.checks = checks;
    }

    void againstVersion(Context ctx) {
        answer(ctx, Requests.version(ctx));
    }

    void againstAll(Context ctx) {
        answer(ctx, null);
    }

    private void answer(Context ctx, VersionId version) {
        boolean verbose = Requests.flag(ctx, "verbose");
        CompatibilityResult result = checks.check(Requests.subject(ctx), version, Requests.schema(ctx),
                Requests.flag(ctx, "normalize"), verbose);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("is_compatible", result.compatible());
        if (verbose) {
            out.put("messages", result.messages());
        }
        ctx.json(out);
    }
}
