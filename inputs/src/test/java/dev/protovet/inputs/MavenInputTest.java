package dev.protovet.inputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.protovet.engine.InputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code maven:group:artifact:version} inputs from a local repository and from a remote one over real HTTP. */
class MavenInputTest {
    private static final String CART = "syntax = \"proto3\";\npackage shop.v1;\nmessage Cart { string id = 1; }\n";

    @TempDir
    Path tmp;
    Path local;
    HttpServer server;
    AtomicInteger downloads = new AtomicInteger();

    @BeforeEach
    void emptyLocalRepositoryAndARemoteOneNeedingAPassword() throws IOException {
        local = Files.createDirectories(tmp.resolve("local"));
        System.setProperty("maven.repo.local", local.toString());
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] jar = jar(Map.of("proto/shop/v1/cart.proto", CART, "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n"));
        String expected = "Basic " + Base64.getEncoder().encodeToString("deployer:s3cret".getBytes(StandardCharsets.UTF_8));
        String jarPath = "/releases/org/acme/shop-api/1.1.0/shop-api-1.1.0.jar";
        Map<String, byte[]> files = Map.of(jarPath, jar, jarPath + ".sha1", sha1(jar).getBytes(StandardCharsets.UTF_8));
        server.createContext("/releases/", exchange -> {
            boolean authorized = expected.equals(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] file = files.get(exchange.getRequestURI().getPath());
            int status = !authorized ? 401 : file != null ? 200 : 404;
            byte[] body = status == 200 ? file : new byte[0];
            if (status == 200 && exchange.getRequestURI().getPath().equals(jarPath)) {
                downloads.incrementAndGet();
            }
            if (status == 401) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"acme\""); // as real servers do
            }
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        Path settings = tmp.resolve("settings.xml");
        Files.writeString(settings, """
                <settings>
                  <servers>
                    <server><id>acme-mirror</id><username>deployer</username><password>s3cret</password></server>
                  </servers>
                  <mirrors>
                    <mirror><id>acme-mirror</id><mirrorOf>*</mirrorOf><url>http://127.0.0.1:%d/releases</url></mirror>
                  </mirrors>
                </settings>
                """.formatted(server.getAddress().getPort()));
        System.setProperty("protovet.maven.settings", settings.toString());
    }

    @AfterEach
    void stop() {
        server.stop(0);
        System.clearProperty("maven.repo.local");
        System.clearProperty("protovet.maven.settings");
    }

    @Test
    void aJarInTheLocalRepositoryGivesItsProtos() throws IOException {
        Path jar = local.resolve("org/acme/shop-api/1.0.0/shop-api-1.0.0.jar");
        Files.createDirectories(jar.getParent());
        Files.write(jar, jar(Map.of("proto/shop/v1/cart.proto", CART)));
        try (ResolvedInput input = InputResolver.resolve("maven:org.acme:shop-api:1.0.0#subdir=proto")) {
            assertThat(input.path().resolve("shop/v1/cart.proto")).hasContent(CART);
        }
        assertThat(downloads).hasValue(0);
    }

    @Test
    void aMissingJarIsDownloadedWithTheServersCredentialsAndKept() throws IOException {
        try (ResolvedInput input = InputResolver.resolve("maven:org.acme:shop-api:1.1.0#subdir=proto")) {
            assertThat(input.path().resolve("shop/v1/cart.proto")).hasContent(CART);
        }
        assertThat(local.resolve("org/acme/shop-api/1.1.0/shop-api-1.1.0.jar")).exists();
        try (ResolvedInput again = InputResolver.resolve("maven:org.acme:shop-api:1.1.0#subdir=proto")) {
            assertThat(again.path().resolve("shop/v1/cart.proto")).exists();
        }
        assertThat(downloads).hasValue(1);
    }

    @Test
    void aDownloadShowsOneProgressLineWhereAskedAndNothingElsewhere() throws IOException {
        ByteArrayOutputStream shown = new ByteArrayOutputStream();
        try (ResolvedInput input = InputResolver.standalone(new java.io.PrintStream(shown, true, StandardCharsets.UTF_8))
                .resolveInput("maven:org.acme:shop-api:1.1.0#subdir=proto")) {
            assertThat(input.path().resolve("shop/v1/cart.proto")).hasContent(CART);
        }
        String progress = shown.toString(StandardCharsets.UTF_8);
        // the line rewritten in place ends as one "Downloaded" line; checksum files are not shown
        assertThat(progress).endsWith("\r\u001b[KDownloaded shop-api-1.1.0.jar from acme-mirror (1 kB)\n")
                .doesNotContain(".sha1");
        assertThat(progress.chars().filter(c -> c == '\n').count()).isEqualTo(1); // the rest rewrites in place

        ByteArrayOutputStream again = new ByteArrayOutputStream(); // already in the local repository: nothing to show
        try (ResolvedInput input = InputResolver.standalone(new java.io.PrintStream(again, true, StandardCharsets.UTF_8))
                .resolveInput("maven:org.acme:shop-api:1.1.0#subdir=proto")) {
            assertThat(input.path()).exists();
        }
        assertThat(again.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void anAttachedDescriptorSetIsUsedAsIs() throws IOException {
        Path set = local.resolve("org/acme/shop-api/1.0.0/shop-api-1.0.0-protoset.binpb");
        Files.createDirectories(set.getParent());
        Files.write(set, new byte[] {10, 0});
        try (ResolvedInput input = InputResolver.resolve("maven:org.acme:shop-api:1.0.0:protoset@binpb")) {
            assertThat(input.path()).isEqualTo(set);
        }
    }

    @Test
    void unknownCoordinatesNameWhereProtovetLooked() {
        assertThatThrownBy(() -> InputResolver.resolve("maven:org.acme:nothing:9.9"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("no org.acme:nothing:9.9 in the local repository " + local)
                .hasMessageContaining("acme-mirror");
        assertThatThrownBy(() -> InputResolver.resolve("maven:org.acme"))
                .hasMessageContaining("expected maven:group:artifact:version");
    }

    @Test
    void aSnapshotIsResolvedThroughItsMavenMetadata() throws IOException {
        Path remote = tmp.resolve("snapshots");
        Path dir = Files.createDirectories(remote.resolve("org/acme/shop-api/1.2.0-SNAPSHOT"));
        byte[] jar = jar(Map.of("proto/shop/v1/cart.proto", CART));
        publish(dir.resolve("shop-api-1.2.0-20261201.101500-3.jar"), jar);
        publish(dir.resolve("maven-metadata.xml"), """
                <metadata>
                  <groupId>org.acme</groupId><artifactId>shop-api</artifactId><version>1.2.0-SNAPSHOT</version>
                  <versioning>
                    <snapshot><timestamp>20261201.101500</timestamp><buildNumber>3</buildNumber></snapshot>
                    <lastUpdated>20261201101500</lastUpdated>
                    <snapshotVersions>
                      <snapshotVersion><extension>jar</extension><value>1.2.0-20261201.101500-3</value>
                        <updated>20261201101500</updated></snapshotVersion>
                    </snapshotVersions>
                  </versioning>
                </metadata>
                """.getBytes(StandardCharsets.UTF_8));
        useRepository(remote);
        try (ResolvedInput input = InputResolver.resolve("maven:org.acme:shop-api:1.2.0-SNAPSHOT#subdir=proto")) {
            assertThat(input.path().resolve("shop/v1/cart.proto")).hasContent(CART);
        }
    }

    @Test
    void aChecksumMismatchIsAOneLineError() throws IOException {
        Path remote = tmp.resolve("tampered");
        Path jar = Files.createDirectories(remote.resolve("org/acme/shop-api/2.0.0")).resolve("shop-api-2.0.0.jar");
        publish(jar, jar(Map.of("proto/shop/v1/cart.proto", CART)));
        Files.writeString(jar.resolveSibling("shop-api-2.0.0.jar.sha1"), "0000000000000000000000000000000000000000");
        useRepository(remote);
        assertThatThrownBy(() -> InputResolver.resolve("maven:org.acme:shop-api:2.0.0"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("maven:org.acme:shop-api:2.0.0: checksum mismatch downloading org.acme:shop-api:2.0.0: ")
                .hasMessageContaining("0000000000000000000000000000000000000000")
                .hasMessageNotContaining("\n");
        assertThat(local.resolve("org/acme/shop-api/2.0.0/shop-api-2.0.0.jar")).doesNotExist();
    }

    /** Settings whose only repository (besides Central, which the tests never reach) is {@code remote}. */
    private void useRepository(Path remote) throws IOException {
        Path settings = tmp.resolve("file-settings.xml");
        Files.writeString(settings, """
                <settings>
                  <mirrors>
                    <mirror><id>no-central</id><mirrorOf>central</mirrorOf><url>%s</url></mirror>
                  </mirrors>
                  <activeProfiles><activeProfile>files</activeProfile></activeProfiles>
                  <profiles>
                    <profile>
                      <id>files</id>
                      <repositories>
                        <repository><id>files</id><url>%s</url><snapshots><enabled>true</enabled></snapshots></repository>
                      </repositories>
                    </profile>
                  </profiles>
                </settings>
                """.formatted(remote.toUri(), remote.toUri()));
        System.setProperty("protovet.maven.settings", settings.toString());
    }

    /** Writes {@code file} with its .sha1, as a deploy does. */
    private static void publish(Path file, byte[] content) throws IOException {
        Files.write(file, content);
        Files.writeString(file.resolveSibling(file.getFileName() + ".sha1"), sha1(content));
    }

    private static String sha1(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-1").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] jar(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
