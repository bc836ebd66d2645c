package dev.protovet.registry.http;

import dev.protovet.registry.core.RegistryException;
import io.javalin.http.Context;
import java.util.Optional;

/** The access check before every matched route: the route's role against the caller's credentials. */
final class Access {
    private Access() {
    }

    static void check(Context ctx, Credentials credentials) {
        Role needed = ctx.routeRoles().stream().filter(Role.class::isInstance).map(Role.class::cast)
                .findFirst().orElse(Role.ADMIN);
        String authorization = ctx.header("Authorization");
        if (credentials.allows(authorization, needed)) {
            return;
        }
        // refused: say whether the credentials are missing or bad (401) or only short of the role (403)
        Optional<Role> granted = credentials.roleOf(authorization);
        if (granted.isEmpty()) {
            ctx.header("WWW-Authenticate", "Basic realm=\"protovet-registry\"");
            throw new RegistryException(401, 40101, authorization == null
                    ? "Unauthorized: this registry needs HTTP basic credentials or a bearer token"
                    : "Unauthorized: the credentials are not valid");
        }
        throw new RegistryException(403, 40301, "Forbidden: " + ctx.method() + " " + Requests.route(ctx)
                + " needs the " + needed.name().toLowerCase(java.util.Locale.ROOT) + " role");
    }
}
