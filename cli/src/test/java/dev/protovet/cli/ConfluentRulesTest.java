package dev.protovet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code protovet breaking} with the CONFLUENT rules, chosen by a v2 or a v1 config. */
@Tag("distribution") // runs the packaged launcher
class ConfluentRulesTest {
    private static final Path EXAMPLES = Path.of("../examples").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void theBundledExamplesChangesAreAllOnesConfluentAccepts() throws Exception {
        var result = Launcher.run(EXAMPLES, "breaking", "after", "--against", "before",
                "--config", "{\"version\":\"v2\",\"breaking\":{\"use\":[\"CONFLUENT\"]}}");
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void aChangeConfluentRejectsFailsUnderAV2AndAV1Config() throws Exception {
        Files.createDirectories(dir.resolve("before"));
        Files.createDirectories(dir.resolve("after"));
        Files.writeString(dir.resolve("before/orders.proto"), """
                syntax = "proto3";
                package shop.v1;
                message Order {
                  int32 total = 3;
                }
                """);
        Files.writeString(dir.resolve("after/orders.proto"), """
                syntax = "proto3";
                package shop.v1;
                message Order {
                  double total = 3;
                }
                """);
        String finding = "after/orders.proto:4:3:Field \"3\" with name \"total\" on message \"Order\" changed scalar kind"
                + " from \"int32\" to \"double\" (Confluent: FIELD_SCALAR_KIND_CHANGED).\n";
        for (String config : new String[] {"{\"version\":\"v2\",\"breaking\":{\"use\":[\"CONFLUENT\"]}}",
                "version: v1\nbreaking:\n  use: [CONFLUENT]\n"}) {
            var result = Launcher.run(dir, "breaking", "after", "--against", "before", "--config", config);
            assertThat(result.out()).as(config).isEqualTo(finding);
            assertThat(result.exitCode()).as(config).isEqualTo(ExitCodes.FINDINGS);
        }
    }
}
