package dev.protovet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code protovet generate-completion}: the script offers the values of the options that take one of a few. */
class CompletionTest {
    @TempDir
    Path dir;

    @Test
    void theBashScriptHoldsEveryEnumeratedOptionsValues() {
        String script = script();
        assertThat(script).contains(
                "(\"text\" \"json\" \"msvs\" \"junit\" \"github-actions\" \"gitlab-code-quality\" \"sarif\" \"pretty\") # --error-format values",
                "(\"text\" \"markdown\" \"json\") # --format values",
                "(\"text\" \"json\" \"markdown\") # --format values",
                "(\"v1beta1\" \"v1\" \"v2\") # --config-version values",
                "(\"NONE\" \"BACKWARD\" \"BACKWARD_TRANSITIVE\" \"FORWARD\" \"FORWARD_TRANSITIVE\" \"FULL\" \"FULL_TRANSITIVE\") # --set values");
    }

    @Test
    void bashCompletesAnErrorFormat() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
        Path script = Files.writeString(dir.resolve("protovet.bash"), script());
        Process bash = new ProcessBuilder("/bin/bash", "-c", "source \"$1\"; COMP_WORDS=(protovet breaking --error-format g);"
                + " COMP_CWORD=3; COMP_LINE='protovet breaking --error-format g'; COMP_POINT=${#COMP_LINE};"
                + " _complete_protovet 2>/dev/null; echo \"${COMPREPLY[*]}\"", "bash", script.toString())
                .redirectErrorStream(true).start();
        assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip())
                .isEqualTo("github-actions gitlab-code-quality");
    }

    /** What {@code protovet generate-completion} prints. */
    private static String script() {
        PrintStream stdout = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(Main.run("generate-completion")).isZero();
        } finally {
            System.setOut(stdout);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
