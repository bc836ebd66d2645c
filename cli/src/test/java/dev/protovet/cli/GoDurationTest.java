package dev.protovet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

/** --timeout takes durations as buf (Go) writes them. */
class GoDurationTest {
    @Test
    void goDurationsParseAndPrintBack() {
        assertThat(GoDuration.parse("0")).isZero();
        assertThat(GoDuration.parse("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(GoDuration.parse("1m30s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(GoDuration.parse("1.5h")).isEqualTo(Duration.ofMinutes(90));
        assertThat(GoDuration.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(GoDuration.parse("2us")).isEqualTo(Duration.ofNanos(2_000));
        assertThat(GoDuration.parse("1h2m3.5s")).isEqualTo(Duration.ofMillis(3_723_500));
        assertThat(GoDuration.format(Duration.ofSeconds(90))).isEqualTo("1m30s");
        assertThat(GoDuration.format(Duration.ofMillis(500))).isEqualTo("500ms");
        assertThat(GoDuration.format(Duration.ofHours(2))).isEqualTo("2h0m0s");
        assertThat(GoDuration.format(Duration.ofNanos(1))).isEqualTo("1ns");
    }

    @Test
    void anythingElseIsRefusedNamingIt() {
        for (String bad : new String[] {"5", "", "s", "1x", "1m 30s", "-", "1s2", "h1"}) {
            assertThatThrownBy(() -> GoDuration.parse(bad)).as(bad)
                    .isInstanceOf(TypeConversionException.class).hasMessageContaining("\"" + bad + "\"");
        }
    }
}
