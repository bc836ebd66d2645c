package dev.protovet.registry.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protovet.registry.core.Registry;
import dev.protovet.registry.store.Database;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a keystore configured the registry speaks HTTPS, and only HTTPS. */
class TlsTest {
    @Test
    void aKeystoreTurnsOnHttps(@TempDir Path dir) throws Exception {
        Path keystore = dir.resolve("registry.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "registry", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=localhost",
                "-ext", "san=ip:127.0.0.1,dns:localhost", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", "changeit").redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor()).as(output).isZero();

        AppSettings defaults = AppSettings.defaults();
        try (Database database = Database.open(TestDatabases.h2())) {
            Javalin app = App.create(Registry.open(database), defaults.onLoopback(0)
                    .withTls(new AppSettings.Tls(keystore, "changeit")));
            app.start();
            try {
                HttpClient trusting = HttpClient.newBuilder().sslContext(trusting(keystore)).build();
                HttpResponse<String> answer = trusting.send(HttpRequest.newBuilder(
                        URI.create("https://127.0.0.1:" + app.port() + "/subjects")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).isEqualTo(200);
                assertThat(answer.body()).isEqualTo("[]");

                int plain;
                try {
                    plain = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + app.port() + "/subjects")).build(),
                            HttpResponse.BodyHandlers.ofString()).statusCode();
                } catch (IOException e) {
                    plain = -1; // the connection was refused or closed: also no plain HTTP
                }
                assertThat(plain).as("plain HTTP on the TLS port").isNotEqualTo(200);
            } finally {
                app.stop();
            }
        }
    }

    private static SSLContext trusting(Path keystore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, "changeit".toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
