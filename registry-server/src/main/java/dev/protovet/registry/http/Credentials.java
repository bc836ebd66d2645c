package dev.protovet.registry.http;

import dev.protovet.registry.core.SchemaFingerprint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Who may do what: users (HTTP basic) and bearer tokens with a role each, read from an auth file. Secrets may be
 * written as {@code sha256:<hex>} so the file need not hold them in clear.
 *
 * <pre>
 * # kind  name-or-token  secret         role
 * user    alice          sha256:5e88... admin
 * user    ci             s3cret         write
 * token   Zm9vYmFy                      read
 * </pre>
 */
public final class Credentials {
    private final Map<String, Entry> users;
    private final Map<String, Role> tokens;
    private final boolean openReads;

    private record Entry(String secret, Role role) {
    }

    private Credentials(Map<String, Entry> users, Map<String, Role> tokens, boolean openReads) {
        this.users = Map.copyOf(users);
        this.tokens = Map.copyOf(tokens);
        this.openReads = openReads;
    }

    /** Reads an auth file; a malformed line is an error naming its line number. */
    public static Credentials read(Path file, boolean openReads) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the auth file " + file + ": " + e.getMessage());
        }
        Map<String, Entry> users = new HashMap<>();
        Map<String, Role> tokens = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            String where = file + ":" + (i + 1) + ": ";
            try {
                if (parts[0].equals("user") && parts.length == 4) {
                    users.put(parts[1], new Entry(parts[2], Role.valueOf(parts[3].toUpperCase(Locale.ROOT))));
                } else if (parts[0].equals("token") && parts.length == 3) {
                    tokens.put(parts[1], Role.valueOf(parts[2].toUpperCase(Locale.ROOT)));
                } else {
                    throw new IllegalArgumentException(where + "expected `user <name> <password> <role>` or "
                            + "`token <token> <role>`");
                }
            } catch (IllegalArgumentException e) {
                throw e.getMessage() != null && e.getMessage().startsWith(where) ? e
                        : new IllegalArgumentException(where + "the role must be read, write or admin");
            }
        }
        return new Credentials(users, tokens, openReads);
    }

    /** Whether GETs (and other read-only calls) need no credentials. */
    public boolean openReads() {
        return openReads;
    }

    /** Whether a call needing {@code needed} may go ahead with this Authorization header (which may be null). */
    public boolean allows(String authorization, Role needed) {
        return needed == Role.OPEN || needed == Role.READ && openReads
                || roleOf(authorization).map(granted -> granted.covers(needed)).orElse(false);
    }

    /** The role an Authorization header grants, if it is valid. */
    public Optional<Role> roleOf(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.ofNullable(tokens.get(authorization.substring(7).trim()));
        }
        if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            Entry entry = users.get(decoded.substring(0, colon));
            if (entry != null && matches(entry.secret(), decoded.substring(colon + 1))) {
                return Optional.of(entry.role());
            }
        }
        return Optional.empty();
    }

    private static boolean matches(String stored, String given) {
        String expected = stored.startsWith("sha256:") ? stored.substring(7).toLowerCase(Locale.ROOT) : stored;
        String actual = stored.startsWith("sha256:") ? SchemaFingerprint.sha256(given) : given;
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }
}
