package dev.protovet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** When the pretty format is coloured: on a terminal, unless NO_COLOR; anywhere with FORCE_COLOR or CLICOLOR_FORCE. */
class TerminalTest {
    @Test
    void colourOnATerminalOnly() {
        assertThat(Terminal.colour(Map.of(), true)).isTrue();
        assertThat(Terminal.colour(Map.of(), false)).isFalse();
        assertThat(Terminal.colour(Map.of("TERM", "dumb"), true)).isFalse();
    }

    @Test
    void noColorWinsAndForcingWorksWhenPiped() {
        assertThat(Terminal.colour(Map.of("NO_COLOR", "1"), true)).isFalse();
        assertThat(Terminal.colour(Map.of("NO_COLOR", ""), true)).isTrue(); // set but empty: not set, as no-color.org says
        assertThat(Terminal.colour(Map.of("FORCE_COLOR", "1"), false)).isTrue();
        assertThat(Terminal.colour(Map.of("CLICOLOR_FORCE", "1"), false)).isTrue();
        assertThat(Terminal.colour(Map.of("FORCE_COLOR", "0"), false)).isFalse();
        assertThat(Terminal.colour(Map.of("CLICOLOR_FORCE", "0", "FORCE_COLOR", "false"), false)).isFalse();
        assertThat(Terminal.colour(Map.of("NO_COLOR", "1", "FORCE_COLOR", "1"), false)).isFalse();
    }

    @Test
    void testsRunWithoutATerminal() {
        // surefire pipes the forked JVM's output: neither is a terminal, so nothing is coloured
        assertThat(Terminal.stdoutIsTerminal()).isFalse();
        assertThat(Terminal.stderrIsTerminal()).isFalse();
    }
}
