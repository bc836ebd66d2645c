package dev.protovet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --against maven:...} with the packaged launcher: the one shaded jar carries a working Maven resolver, which
 * downloads over HTTP from the repository settings.xml names, checks the checksum and keeps the jar.
 */
@Tag("distribution") // runs the packaged launcher
class MavenInputCommandTest {
    private static final Path EXAMPLES = Path.of("../examples").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void aReleaseJarIsDownloadedAndCompared() throws Exception {
        byte[] jar = jarOf(EXAMPLES.resolve("before"));
        String path = "/repo/org/acme/orders/1.0/orders-1.0.jar";
        Map<String, byte[]> files = Map.of(path, jar, path + ".sha1",
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(jar)).getBytes());
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/repo/", exchange -> {
            byte[] body = files.get(exchange.getRequestURI().getPath());
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body == null ? new byte[0] : body);
            }
        });
        server.start();
        try {
            Path settings = Files.writeString(dir.resolve("settings.xml"), """
                    <settings>
                      <mirrors>
                        <mirror><id>acme</id><mirrorOf>*</mirrorOf><url>http://127.0.0.1:%d/repo</url></mirror>
                      </mirrors>
                    </settings>
                    """.formatted(server.getAddress().getPort()));
            Path local = dir.resolve("local");
            var result = Launcher.runWithEnv(EXAMPLES, Map.of("PROTOVET_JAVA_OPTS",
                    "-Dmaven.repo.local=" + local + " -Dprotovet.maven.settings=" + settings),
                    "breaking", "after", "--against", "maven:org.acme:orders:1.0");
            assertThat(result.err()).isEmpty();
            assertThat(result.exitCode()).isEqualTo(ExitCodes.FINDINGS);
            assertThat(result.out()).contains("after/acme/orders/v1/orders.proto:11:3:Field \"3\" with name \"total_cents\"");
            assertThat(local.resolve("org/acme/orders/1.0/orders-1.0.jar")).hasBinaryContent(jar);

            // on a terminal, the download shows one line on stderr
            if (Launcher.hasScript()) {
                Path fresh = dir.resolve("fresh");
                var shown = Launcher.runInTerminal(EXAMPLES, Map.of("PROTOVET_JAVA_OPTS",
                        "-Dmaven.repo.local=" + fresh + " -Dprotovet.maven.settings=" + settings),
                        "breaking", "after", "--against", "maven:org.acme:orders:1.0");
                assertThat(shown.exitCode()).isEqualTo(ExitCodes.FINDINGS);
                assertThat(shown.out()).contains("\u001b[KDownloaded orders-1.0.jar from acme (")
                        .doesNotContain(".sha1");
            }
        } finally {
            server.stop(0);
        }
    }

    private static byte[] jarOf(Path tree) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> walk = Files.walk(tree)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(tree.relativize(file).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
