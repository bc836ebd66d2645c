package dev.protovet.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The golden files' update switch, which CI may not use. */
class GoldenUpdateTest {
    @Test
    void anUpdateUnderCiFailsLoudly() {
        assertThatThrownBy(() -> GoldenUpdate.requested("true", "true"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CI=true");
        assertThatThrownBy(() -> GoldenUpdate.requested("TRUE", "True")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void elsewhereTheSwitchDecides() {
        assertThat(GoldenUpdate.requested("true", null)).isTrue();
        assertThat(GoldenUpdate.requested("true", "false")).isTrue();
        assertThat(GoldenUpdate.requested(null, "true")).isFalse();
        assertThat(GoldenUpdate.requested("false", null)).isFalse();
    }
}
