package dev.protovet.registry;

import dev.protovet.registry.http.AppSettings;
import dev.protovet.registry.http.Credentials;
import dev.protovet.registry.store.DatabaseSettings;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The server's command line, with environment variables as fallbacks ({@code --database-url} or
 * {@code PROTOVET_DATABASE_URL}, and so on); without a database URL the registry keeps an H2 file database under
 * {@code --data-dir} (default {@code ./protovet-data}).
 */
record ServerOptions(AppSettings app, DatabaseSettings database, boolean help) {
    static final String USAGE = """
            Usage: protovet-registry [options]
              --port <n>               HTTP port (PROTOVET_PORT; default 8081)
              --host <address>         address to listen on (PROTOVET_HOST; default 0.0.0.0)
              --data-dir <dir>         where the embedded H2 database lives (PROTOVET_DATA_DIR; default ./protovet-data)
              --database-url <jdbc>    a PostgreSQL (or H2) JDBC URL instead (PROTOVET_DATABASE_URL)
              --database-user <name>   (PROTOVET_DATABASE_USER)
              --database-password <pw> (PROTOVET_DATABASE_PASSWORD)
              --max-request-bytes <n>  larger request bodies get 413 (PROTOVET_MAX_REQUEST_BYTES; default 8388608)
              --auth-file <file>       turn auth on: lines `user <name> <password|sha256:hex> <role>` and
                                       `token <token> <role>`, roles read, write, admin (PROTOVET_AUTH_FILE)
              --auth-open-reads <bool> with auth on, let reads through without credentials (PROTOVET_AUTH_OPEN_READS)
              --tls-keystore <file>    serve HTTPS with this PKCS12 or JKS keystore (PROTOVET_TLS_KEYSTORE)
              --tls-keystore-password <pw>  (PROTOVET_TLS_KEYSTORE_PASSWORD)
              --help                   this text
            """;
    private static final List<String> NAMES = List.of("port", "host", "data-dir", "database-url", "database-user",
            "database-password", "max-request-bytes", "auth-file", "auth-open-reads", "tls-keystore", "tls-keystore-password");

    static ServerOptions parse(String[] args, UnaryOperator<String> environment) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                return new ServerOptions(null, null, true);
            }
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
            String name = arg.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (!NAMES.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name);
            }
            if (value == null && i + 1 >= args.length) {
                throw new IllegalArgumentException("option --" + name + " needs a value");
            }
            if (value == null) {
                value = args[++i];
            }
            given.put(name, value);
        }
        for (String name : NAMES) {
            String env = environment.apply("PROTOVET_" + name.toUpperCase().replace('-', '_'));
            if (!given.containsKey(name) && env != null && !env.isBlank()) {
                given.put(name, env);
            }
        }
        AppSettings defaults = AppSettings.defaults();
        AppSettings app = new AppSettings(given.getOrDefault("host", defaults.host()),
                number(given, "port", defaults.port()),
                number(given, "max-request-bytes", defaults.maxRequestBytes()), defaults.clusterId(),
                given.containsKey("auth-file") ? Credentials.read(Path.of(given.get("auth-file")),
                        Boolean.parseBoolean(given.get("auth-open-reads"))) : null,
                given.containsKey("tls-keystore") ? new AppSettings.Tls(Path.of(given.get("tls-keystore")),
                        given.getOrDefault("tls-keystore-password", "")) : null);
        String url = given.get("database-url");
        DatabaseSettings database = url == null
                ? DatabaseSettings.embedded(Path.of(given.getOrDefault("data-dir", "protovet-data")))
                : DatabaseSettings.of(url, given.getOrDefault("database-user", ""),
                        given.getOrDefault("database-password", ""));
        return new ServerOptions(app, database, false);
    }

    private static int number(Map<String, String> given, String name, int fallback) {
        return (int) number(given, name, (long) fallback);
    }

    private static long number(Map<String, String> given, String name, long fallback) {
        String value = given.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a number, got '" + value + "'");
        }
    }
}
