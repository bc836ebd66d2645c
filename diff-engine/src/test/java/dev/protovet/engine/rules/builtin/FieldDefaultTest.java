package dev.protovet.engine.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Float and double defaults are printed as buf (Go's %v) prints them, so FIELD_SAME_DEFAULT's messages match. */
class FieldDefaultTest {
    @Test
    void floatingDefaultsReadAsInBuf() {
        assertThat(FieldDefault.goNumber(Double.toString(123d), 123d)).isEqualTo("123");
        assertThat(FieldDefault.goNumber(Float.toString(123.123f), 123.123f)).isEqualTo("123.123");
        assertThat(FieldDefault.goNumber(Double.toString(-0.5), -0.5)).isEqualTo("-0.5");
        assertThat(FieldDefault.goNumber(Double.toString(0.0001), 0.0001)).isEqualTo("0.0001");
        assertThat(FieldDefault.goNumber(Double.toString(0.00001), 0.00001)).isEqualTo("1e-05");
        assertThat(FieldDefault.goNumber(Double.toString(1e21), 1e21)).isEqualTo("1e+21");
        assertThat(FieldDefault.goNumber(Double.toString(1.5e20), 1.5e20)).isEqualTo("150000000000000000000");
        assertThat(FieldDefault.goNumber(Double.toString(-2.5e-7), -2.5e-7)).isEqualTo("-2.5e-07");
        assertThat(FieldDefault.goNumber("0.0", 0d)).isEqualTo("0");
        assertThat(FieldDefault.goNumber("-0.0", -0d)).isEqualTo("-0");
        assertThat(FieldDefault.goNumber("Infinity", Double.POSITIVE_INFINITY)).isEqualTo("+Inf");
        assertThat(FieldDefault.goNumber("NaN", Double.NaN)).isEqualTo("NaN");
    }
}
