package dev.protovet.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fingerprint of a check changes with every byte of its inputs, with its settings, and with nothing else. */
class CheckStampTest {
    @TempDir
    Path dir;

    @Test
    void changesWhenAFileSettingOrJarChanges() throws Exception {
        Path sources = Files.createDirectories(dir.resolve("src/main/proto"));
        Files.writeString(sources.resolve("a.proto"), "syntax = \"proto3\";\n");
        Path jar = Files.writeString(dir.resolve("dep.jar"), "jar");
        String first = CheckStamp.of(List.of(sources, dir.resolve("buf.yaml")), List.of(jar), List.of("FILE"));

        assertThat(CheckStamp.of(List.of(sources, dir.resolve("buf.yaml")), List.of(jar), List.of("FILE"))).isEqualTo(first);
        assertThat(CheckStamp.of(List.of(sources, dir.resolve("buf.yaml")), List.of(jar), List.of("WIRE"))).isNotEqualTo(first);
        Files.writeString(dir.resolve("buf.yaml"), "version: v2\n");
        String withConfig = CheckStamp.of(List.of(sources, dir.resolve("buf.yaml")), List.of(jar), List.of("FILE"));
        assertThat(withConfig).isNotEqualTo(first);
        Files.writeString(sources.resolve("a.proto"), "syntax = \"proto2\";\n");
        assertThat(CheckStamp.of(List.of(sources, dir.resolve("buf.yaml")), List.of(jar), List.of("FILE")))
                .isNotEqualTo(withConfig);

        CheckStamp.write(dir.resolve("target"), first);
        assertThat(CheckStamp.matches(dir.resolve("target"), first)).isTrue();
        assertThat(CheckStamp.matches(dir.resolve("target"), withConfig)).isFalse();
        assertThat(CheckStamp.matches(dir.resolve("elsewhere"), first)).isFalse();
    }
}
