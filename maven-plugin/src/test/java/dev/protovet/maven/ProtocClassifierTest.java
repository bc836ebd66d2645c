package dev.protovet.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProtocClassifierTest {

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource({
            "Linux, amd64, linux-x86_64",
            "Linux, x86_64, linux-x86_64",
            "Linux, aarch64, linux-aarch_64",
            "Mac OS X, x86_64, osx-x86_64",
            "Mac OS X, aarch64, osx-aarch_64",
            "Windows 11, amd64, windows-x86_64",
            "Windows Server 2022, x86_64, windows-x86_64",
    })
    void namesProtocAsMavenCentralPublishesIt(String osName, String osArch, String classifier) {
        assertThat(ProtocClassifier.detect(osName, osArch)).isEqualTo(classifier);
    }

    @Test
    void aPlatformWithoutAPublishedProtocIsAnError() {
        assertThatThrownBy(() -> ProtocClassifier.detect("SunOS", "sparcv9"))
                .hasMessageContaining("no protoc is published for SunOS on sparcv9");
        assertThatThrownBy(() -> ProtocClassifier.detect("Linux", "riscv64")).hasMessageContaining("riscv64");
    }

    @Test
    void thisMachineIsSupported() {
        assertThat(ProtocClassifier.current()).matches("(linux|osx|windows)-(x86_64|aarch_64)");
    }
}
