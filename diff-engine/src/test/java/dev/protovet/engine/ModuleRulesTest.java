package dev.protovet.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protovet.engine.config.BufConfig;
import dev.protovet.engine.config.ConfigParser;
import dev.protovet.engine.load.InputLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A v2 buf.yaml whose modules carry their own breaking blocks: each module is judged by its own rules. */
class ModuleRulesTest {
    private static final String BUF_YAML = """
            version: v2
            modules:
              - path: strict
              - path: loose
                breaking:
                  use: [FILE]
                  except: [FIELD_NO_DELETE]
            """;

    @TempDir
    Path dir;

    @Test
    void aDeletedFieldBreaksOnlyTheModuleThatChecksForIt() throws IOException {
        for (String side : new String[] {"previous", "current"}) {
            Files.writeString(Files.createDirectories(dir.resolve(side)).resolve("buf.yaml"), BUF_YAML);
            String fields = side.equals("previous") ? "string id = 1;\n  string note = 2;" : "string id = 1;";
            Fixtures.write(dir, side + "/strict/billing/invoice.proto", "syntax = \"proto3\";\npackage billing;\nmessage Invoice {\n  " + fields + "\n}\n");
            Fixtures.write(dir, side + "/loose/drafts/sketch.proto", "syntax = \"proto3\";\npackage drafts;\nmessage Sketch {\n  " + fields + "\n}\n");
        }
        InputLoader loader = Fixtures.loader();
        InputLoader.Loaded previous = loader.load(dir.resolve("previous"), null);
        InputLoader.Loaded current = loader.load(dir.resolve("current"), null);
        BufConfig config = ConfigParser.read(dir.resolve("current/buf.yaml"));

        var findings = BreakingCheck.run(previous.image().withoutImports(), current.image().withoutImports(), config,
                current::moduleOf);

        assertThat(current.moduleOf("billing/invoice.proto")).isEqualTo("strict");
        assertThat(current.moduleOf("drafts/sketch.proto")).isEqualTo("loose");
        assertThat(Fixtures.lines(findings)).containsExactly("billing/invoice.proto:3:1:5:2:FIELD_NO_DELETE");
    }

}
