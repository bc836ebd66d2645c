package dev.protovet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("distribution") // runs the packaged launcher
class RulesCommandTest {

    @Test
    void listsEveryV2RuleWithItsCategories() throws Exception {
        var result = Launcher.run(Path.of("."), "rules", "--format", "json");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines()).hasSize(76)
                .contains("{\"id\":\"FIELD_SAME_TYPE\",\"categories\":[\"CSR\",\"FILE\",\"PACKAGE\"],\"default\":true,"
                        + "\"purpose\":\"A field keeps its exact type.\"}");
    }

    @Test
    void v1HasNoCsrCategoryAndFewerRules() throws Exception {
        var result = Launcher.run(Path.of("."), "rules", "--config-version", "v1");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).doesNotContain("CSR").contains("FIELD_WIRE_COMPATIBLE_TYPE");
    }

    @Test
    void theRulesReferenceInTheDocsIsCurrent() throws Exception {
        var result = Launcher.run(Path.of("."), "rules", "--format", "markdown");
        assertThat(result.exitCode()).isZero();
        assertThat(java.nio.file.Files.readString(Path.of("../docs/rules.md")))
                .as("docs/rules.md is stale: regenerate it with `cli/target/protovet/bin/protovet rules --format markdown > docs/rules.md`")
                .isEqualTo(result.out());
    }

    @Test
    void versionAndHelp() throws Exception {
        assertThat(Launcher.run(Path.of("."), "--version").out()).startsWith("protovet 0.1.0");
        assertThat(Launcher.run(Path.of("."), "breaking", "--help").out()).contains("--against", "Exit codes: 0");
        assertThat(Launcher.run(Path.of("."), "generate-completion").out()).contains("complete -F");
    }
}
