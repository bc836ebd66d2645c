package dev.protovet.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProtoJarsTest {
    @TempDir
    Path dir;

    @Test
    void extractsTheProtoFilesOfAJarUnderTheirPaths() throws IOException {
        Path jar = jar(Map.of(
                "acme/money/v1/money.proto", "syntax = \"proto3\";",
                "acme/money/v1/Money.class", "not a proto",
                "META-INF/maven/x/pom.xml", "<project/>"));

        int extracted = ProtoJars.extract(jar, dir.resolve("include"));

        assertThat(extracted).isEqualTo(1);
        assertThat(dir.resolve("include/acme/money/v1/money.proto")).hasContent("syntax = \"proto3\";");
        assertThat(dir.resolve("include/acme/money/v1/Money.class")).doesNotExist();
    }

    @Test
    void anEntryThatWouldLandOutsideTheDirectoryIsLeftOut() throws IOException {
        Path jar = jar(Map.of("../escape.proto", "syntax = \"proto3\";"));

        assertThat(ProtoJars.extract(jar, dir.resolve("include"))).isZero();
        assertThat(dir.resolve("escape.proto")).doesNotExist();
    }

    private Path jar(Map<String, String> entries) throws IOException {
        Path jar = dir.resolve("test.jar");
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }
}
