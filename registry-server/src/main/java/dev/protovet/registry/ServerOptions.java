package dev.protovet.registry;

import dev.protovet.registry.core.Caches;
import dev.protovet.registry.core.CompatibilityChecker;
import dev.protovet.registry.core.EffectiveConfig;
import dev.protovet.registry.core.RegistryException;
import dev.protovet.registry.http.AppSettings;
import dev.protovet.registry.http.Credentials;
import dev.protovet.registry.store.DatabaseSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * The server's command line. Every option has an environment variable as fallback: {@code --database-url} or
 * {@code PROTOVET_DATABASE_URL}, and so on. Without a database URL the registry keeps an H2 file database under
 * {@code --data-dir} (default {@code ./protovet-data}).
 */
@Command(name = "protovet-registry", sortOptions = false, usageHelpAutoWidth = true,
        customSynopsis = "protovet-registry [options]",
        description = "A protobuf schema registry with Confluent Schema Registry's REST API.%n"
                + "Each option can also be set by the environment variable in brackets.")
final class ServerOptions {
    @Option(names = "--port", paramLabel = "<n>", description = "HTTP port [PROTOVET_PORT] (default: 8081)")
    int port = AppSettings.DEFAULT_PORT;

    @Option(names = "--host", paramLabel = "<address>", description = "address to listen on [PROTOVET_HOST] (default: 0.0.0.0)")
    String host = "0.0.0.0";

    @Option(names = "--data-dir", paramLabel = "<dir>",
            description = "where the embedded H2 database lives [PROTOVET_DATA_DIR] (default: ./protovet-data)")
    Path dataDir = Path.of("protovet-data");

    @Option(names = "--database-url", paramLabel = "<jdbc>",
            description = "a PostgreSQL (or H2) JDBC URL instead [PROTOVET_DATABASE_URL]")
    String databaseUrl;

    @Option(names = "--database-user", paramLabel = "<name>", description = "[PROTOVET_DATABASE_USER]")
    String databaseUser = "";

    @Option(names = "--database-password", paramLabel = "<pw>", description = "[PROTOVET_DATABASE_PASSWORD]")
    String databasePassword = "";

    @Option(names = "--default-compatibility-rules", paramLabel = "<ids>", split = ",",
            description = "the rule or category IDs that judge compatibility where no config sets compatibilityRules, "
                    + "e.g. CONFLUENT or WIRE_JSON [PROTOVET_DEFAULT_COMPATIBILITY_RULES] (default: CSR)")
    List<String> defaultRules = EffectiveConfig.DEFAULT_RULES;

    @Option(names = "--max-request-bytes", paramLabel = "<n>",
            description = "larger request bodies get 413 [PROTOVET_MAX_REQUEST_BYTES] (default: 8388608)")
    long maxRequestBytes = AppSettings.DEFAULT_MAX_REQUEST_BYTES;

    @Option(names = "--write-threads", paramLabel = "<n>",
            description = "registrations, deletes and compatibility checks run at once; the rest queue without "
                    + "holding threads that reads need [PROTOVET_WRITE_THREADS] (default: half the cores, at least 2)")
    int writeThreads = AppSettings.DEFAULT_WRITE_THREADS;

    @Option(names = "--schema-cache-mb", paramLabel = "<n>",
            description = "memory for stored schemas by id [PROTOVET_SCHEMA_CACHE_MB] (default: 16)")
    long schemaCacheMb = Caches.Limits.defaults().schemaBytes() / Caches.Limits.MB;

    @Option(names = "--compiled-cache-mb", paramLabel = "<n>",
            description = "memory for compiled schemas and codecs [PROTOVET_COMPILED_CACHE_MB] (default: 64)")
    long compiledCacheMb = Caches.Limits.defaults().compiledBytes() / Caches.Limits.MB;

    @Option(names = "--answer-cache-mb", paramLabel = "<n>",
            description = "memory for ready answers of GET /schemas/ids/{id} [PROTOVET_ANSWER_CACHE_MB] (default: 16)")
    long answerCacheMb = Caches.Limits.defaults().answerBytes() / Caches.Limits.MB;

    @Option(names = "--auth-file", paramLabel = "<file>",
            description = "turn auth on: lines `user <name> <password|sha256:hex> <role>` and `token <token> <role>`, "
                    + "roles read, write, admin [PROTOVET_AUTH_FILE]")
    Path authFile;

    @Option(names = "--auth-open-reads", paramLabel = "<bool>", arity = "1",
            description = "with auth on, let reads through without credentials [PROTOVET_AUTH_OPEN_READS]")
    boolean authOpenReads;

    @Option(names = "--tls-keystore", paramLabel = "<file>",
            description = "serve HTTPS with this PKCS12 or JKS keystore [PROTOVET_TLS_KEYSTORE]")
    Path tlsKeystore;

    @Option(names = "--tls-keystore-password", paramLabel = "<pw>", description = "[PROTOVET_TLS_KEYSTORE_PASSWORD]")
    String tlsKeystorePassword = "";

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "this text")
    boolean help;

    /** The command line for these options, with {@code environment} as every option's fallback. */
    static CommandLine commandLine(ServerOptions options, UnaryOperator<String> environment) {
        CommandLine line = new CommandLine(options);
        line.setDefaultValueProvider((ArgSpec spec) -> {
            if (!(spec instanceof OptionSpec option) || option.usageHelp()) {
                return null;
            }
            String value = environment.apply(variable(option.longestName()));
            return value == null || value.isBlank() ? null : value.trim();
        });
        return line;
    }

    /** The environment variable of an option: {@code --data-dir} is {@code PROTOVET_DATA_DIR}. */
    static String variable(String optionName) {
        return "PROTOVET_" + optionName.replaceFirst("^--", "").toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** How the HTTP side runs; the auth file is read here, so a bad one is an option error. */
    AppSettings app() {
        if (writeThreads < 1) {
            throw new IllegalArgumentException("--write-threads must be at least 1, got " + writeThreads);
        }
        return new AppSettings(host, port, maxRequestBytes, AppSettings.defaults().clusterId(),
                authFile == null ? null : Credentials.read(authFile, authOpenReads),
                tlsKeystore == null ? null : new AppSettings.Tls(tlsKeystore, tlsKeystorePassword), writeThreads);
    }

    DatabaseSettings database() {
        return databaseUrl == null ? DatabaseSettings.embedded(dataDir)
                : DatabaseSettings.of(databaseUrl, databaseUser, databasePassword);
    }

    Caches.Limits caches() {
        for (long mb : new long[] {schemaCacheMb, compiledCacheMb, answerCacheMb}) {
            if (mb < 1) {
                throw new IllegalArgumentException("cache sizes are at least 1 MB, got " + mb);
            }
        }
        return new Caches.Limits(schemaCacheMb * Caches.Limits.MB, compiledCacheMb * Caches.Limits.MB,
                answerCacheMb * Caches.Limits.MB);
    }

    /** The default rules, checked: an unknown ID is an option error. */
    List<String> defaultRules() {
        List<String> ids = defaultRules.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("--default-compatibility-rules must name at least one rule or category");
        }
        try {
            CompatibilityChecker.rules(ids);
        } catch (RegistryException e) {
            throw new IllegalArgumentException("--default-compatibility-rules: " + e.getMessage());
        }
        return ids;
    }
}
