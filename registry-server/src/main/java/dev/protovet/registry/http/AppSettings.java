package dev.protovet.registry.http;

/**
 * How the HTTP side runs: where it listens, how big a request may be, the id it reports for its cluster, who may
 * do what ({@code credentials} null: no auth), and the TLS keystore ({@code tls} null: plain HTTP).
 */
public record AppSettings(String host, int port, long maxRequestBytes, String clusterId, Credentials credentials,
                          Tls tls) {
    public static final String VERSION = "0.1.0";
    public static final int DEFAULT_PORT = 8081;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 8L * 1024 * 1024;

    /** Without TLS. */
    public AppSettings(String host, int port, long maxRequestBytes, String clusterId, Credentials credentials) {
        this(host, port, maxRequestBytes, clusterId, credentials, null);
    }

    /** A keystore (PKCS12 or JKS) holding the server's key and certificate. */
    public record Tls(java.nio.file.Path keystore, String password) {
    }

    public static AppSettings defaults() {
        return new AppSettings("0.0.0.0", DEFAULT_PORT, DEFAULT_MAX_REQUEST_BYTES, "protovet", null, null);
    }

    /** The same settings listening on loopback at {@code newPort} (0: any free port). */
    public AppSettings onLoopback(int newPort) {
        return new AppSettings("127.0.0.1", newPort, maxRequestBytes, clusterId, credentials, tls);
    }
}
