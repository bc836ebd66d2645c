package dev.protovet.registry.ui;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Protects the UI's forms that change settings against cross-site request forgery with a double-submit token: the
 * page that shows a form sets a random token in a strict same-site cookie and in a hidden field, and a post is
 * taken only when the two match. Another site can make a browser post, but cannot read or set the cookie.
 */
final class CsrfTokens {
    static final String COOKIE = "protovet_csrf";
    static final String FIELD = "csrf";
    private final SecureRandom random = new SecureRandom();

    /** The caller's token, made and set as a cookie on first use. */
    String tokenFor(Context ctx) {
        String existing = ctx.cookie(COOKIE);
        if (existing != null && existing.length() == 43) {
            return existing;
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        // a session cookie, for /ui only, never sent by another site's request, unreadable by scripts
        ctx.cookie(new Cookie(COOKIE, token, "/ui", -1, "https".equals(ctx.scheme()), true, null, SameSite.STRICT));
        return token;
    }

    /** Whether a posted form carries the token of its cookie. */
    boolean accepts(Context ctx) {
        String cookie = ctx.cookie(COOKIE);
        String field = ctx.formParam(FIELD);
        return cookie != null && field != null && MessageDigest.isEqual(cookie.getBytes(StandardCharsets.UTF_8),
                field.getBytes(StandardCharsets.UTF_8));
    }
}
