package dev.protovet.registry.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protovet.registry.core.SchemaFingerprint;
import dev.protovet.registry.http.RunningRegistry.Answer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Auth, when configured: basic users and bearer tokens with roles read, write and admin. */
class AuthTest {
    @TempDir
    Path dir;

    private RunningRegistry start(boolean openReads) throws Exception {
        Path file = Files.writeString(dir.resolve("auth"), """
                # kind  name  secret  role
                user    admin sha256:%s admin
                user    ci    ci-secret write
                token   reader-token read
                """.formatted(SchemaFingerprint.sha256("admin-secret")));
        AppSettings defaults = AppSettings.defaults();
        return new RunningRegistry(TestDatabases.h2(), new AppSettings(defaults.host(), 0, defaults.maxRequestBytes(),
                defaults.clusterId(), Credentials.read(file, openReads)));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void eachRoleDoesWhatItMayAndNoMore() throws Exception {
        try (RunningRegistry registry = start(false)) {
            String schema = RegistryApiContract.body(RegistryApiContract.ORDER_V1);

            Answer anonymous = registry.send("GET", "/subjects", null, null);
            assertThat(anonymous.status()).isEqualTo(401);
            assertThat(anonymous.errorCode()).isEqualTo(40101);
            assertThat(registry.send("GET", "/subjects", null, basic("ci", "wrong")).status()).isEqualTo(401);

            assertThat(registry.send("POST", "/subjects/o/versions", schema, "Bearer reader-token").status()).isEqualTo(403);
            assertThat(registry.send("POST", "/subjects/o/versions", schema, basic("ci", "ci-secret")).status()).isEqualTo(200);
            assertThat(registry.send("GET", "/subjects", null, "Bearer reader-token").body()).isEqualTo("[\"o\"]");
            assertThat(registry.send("GET", "/schemas/ids/1", null, null).status()).isEqualTo(401);
            assertThat(registry.send("GET", "/schemas/ids/1", null, basic("ci", "wrong")).status()).isEqualTo(401);
            assertThat(registry.send("GET", "/schemas/ids/1", null, "Bearer reader-token").status()).isEqualTo(200);

            Answer notAdmin = registry.send("PUT", "/config", "{\"compatibility\":\"NONE\"}", basic("ci", "ci-secret"));
            assertThat(notAdmin.status()).isEqualTo(403);
            assertThat(notAdmin.message()).isEqualTo("Forbidden: PUT /config needs the admin role");
            assertThat(registry.send("DELETE", "/subjects/o", null, "Bearer reader-token").message())
                    .isEqualTo("Forbidden: DELETE /subjects/{subject} needs the write role");
            assertThat(registry.send("PUT", "/config", "{\"compatibility\":\"NONE\"}", basic("admin", "admin-secret"))
                    .status()).isEqualTo(200);
            assertThat(registry.send("GET", "/health/ready", null, null).status()).isEqualTo(200);
        }
    }

    @Test
    void readsCanBeLeftOpen() throws Exception {
        try (RunningRegistry registry = start(true)) {
            assertThat(registry.send("GET", "/subjects", null, null).status()).isEqualTo(200);
            assertThat(registry.send("GET", "/schemas/ids/1", null, null).status()).isEqualTo(404);
            assertThat(registry.send("POST", "/subjects/o/versions",
                    RegistryApiContract.body(RegistryApiContract.ORDER_V1), null).status()).isEqualTo(401);
        }
    }

    @Test
    void aMalformedAuthFileNamesItsLine() throws Exception {
        Path file = Files.writeString(dir.resolve("bad"), "user alice secret\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Credentials.read(file, false))
                .hasMessageContaining("bad:1:");
    }
}
