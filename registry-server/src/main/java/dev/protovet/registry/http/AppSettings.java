package dev.protovet.registry.http;

import java.nio.file.Path;

/**
 * How the HTTP side runs: where it listens, how big a request may be, the id it reports for its cluster, who may
 * do what ({@code credentials} null: no auth), the TLS keystore ({@code tls} null: plain HTTP), and how many
 * registrations and compatibility checks run at once ({@code writeThreads}; the rest wait their turn without
 * holding a thread that reads need).
 */
public record AppSettings(String host, int port, long maxRequestBytes, String clusterId, Credentials credentials,
                          Tls tls, int writeThreads) {
    public static final String VERSION = "0.1.0";
    public static final int DEFAULT_PORT = 8081;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 8L * 1024 * 1024;
    /**
     * Half the cores, so checks leave the rest to reads, but at least two: while one registration waits for the
     * database (its statements, its commit on disk), another compiles and checks.
     */
    public static final int DEFAULT_WRITE_THREADS = Math.max(2, Runtime.getRuntime().availableProcessors() / 2);

    /** Without TLS, with the default number of write threads. */
    public AppSettings(String host, int port, long maxRequestBytes, String clusterId, Credentials credentials) {
        this(host, port, maxRequestBytes, clusterId, credentials, null, DEFAULT_WRITE_THREADS);
    }

    /** A keystore (PKCS12 or JKS) holding the server's key and certificate. */
    public record Tls(Path keystore, String password) {
    }

    public static AppSettings defaults() {
        return new AppSettings("0.0.0.0", DEFAULT_PORT, DEFAULT_MAX_REQUEST_BYTES, "protovet", null, null,
                DEFAULT_WRITE_THREADS);
    }

    /** The same settings listening on loopback at {@code newPort} (0: any free port). */
    public AppSettings onLoopback(int newPort) {
        return new AppSettings("127.0.0.1", newPort, maxRequestBytes, clusterId, credentials, tls, writeThreads);
    }

    /** The same settings running this many registrations and checks at once. */
    public AppSettings withWriteThreads(int threads) {
        return new AppSettings(host, port, maxRequestBytes, clusterId, credentials, tls, threads);
    }

    /** The same settings serving HTTPS with this keystore. */
    public AppSettings withTls(Tls keystore) {
        return new AppSettings(host, port, maxRequestBytes, clusterId, credentials, keystore, writeThreads);
    }
}
