package dev.protovet.engine.rules.builtin;

import dev.protovet.engine.model.EnumType;
import dev.protovet.engine.model.EnumValue;
import dev.protovet.engine.model.Field;
import dev.protovet.engine.model.FieldKind;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * The default value of a scalar field, explicit or implied, in a form that compares across compatible types:
 * text for string and bytes, a number for everything else (bools and enum numbers included).
 */
record FieldDefault(Object comparable, String printable) {

    static FieldDefault of(Field field, EnumType enumType) {
        String text = field.defaultValue();
        return switch (field.kind()) {
            case STRING -> {
                String value = text == null ? "" : text;
                yield new FieldDefault(value, "\"" + value + "\"");
            }
            case BYTES -> {
                byte[] data = text == null ? new byte[0] : unescape(text);
                StringJoiner printable = new StringJoiner(",", "[", "]");
                for (byte b : data) {
                    printable.add(String.format("0x%X", b & 0xff));
                }
                yield new FieldDefault(new String(data, StandardCharsets.ISO_8859_1), printable.toString());
            }
            case ENUM -> enumDefault(text, enumType);
            case BOOL -> {
                boolean value = "true".equals(text);
                yield new FieldDefault(value ? BigDecimal.ONE : BigDecimal.ZERO, Boolean.toString(value));
            }
            case FLOAT -> {
                float value = text == null ? 0f : (float) parseFloating(text);
                yield new FieldDefault(value, goNumber(Float.toString(value), value));
            }
            case DOUBLE -> {
                double value = text == null ? 0d : parseFloating(text);
                yield new FieldDefault(value, goNumber(Double.toString(value), value));
            }
            default -> {
                BigDecimal value = text == null ? BigDecimal.ZERO : new BigDecimal(text);
                yield new FieldDefault(value, value.toPlainString());
            }
        };
    }

    /**
     * A float or double as buf prints it (Go's {@code %v}): the shortest digits that read back as the value, without
     * a trailing ".0", in exponent form ({@code 1e+21}, {@code 1e-05}) below 1e-4 and from 1e21; NaN, +Inf, -Inf.
     *
     * @param shortest Java's own shortest form of the value ({@link Float#toString} for a float)
     */
    static String goNumber(String shortest, double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        if (value == 0) {
            return 1 / value < 0 ? "-0" : "0";
        }
        BigDecimal decimal = new BigDecimal(shortest).stripTrailingZeros();
        int exponent = decimal.precision() - decimal.scale() - 1;
        if (exponent >= -4 && exponent < 21) {
            return decimal.toPlainString();
        }
        String digits = decimal.unscaledValue().abs().toString();
        String mantissa = digits.length() > 1 ? digits.charAt(0) + "." + digits.substring(1) : digits;
        return (decimal.signum() < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+")
                + String.format("%02d", Math.abs(exponent));
    }

    /** Whether the field could carry a default at all: singular, not a message. */
    static boolean applies(Field field) {
        return !field.isRepeated() && field.kind() != FieldKind.MESSAGE && field.kind() != FieldKind.GROUP;
    }

    boolean isZero() {
        if (comparable instanceof String s) {
            return s.isEmpty();
        }
        if (comparable instanceof Float f) {
            return Float.floatToRawIntBits(f) == 0;
        }
        if (comparable instanceof Double d) {
            return Double.doubleToRawLongBits(d) == 0;
        }
        return ((BigDecimal) comparable).signum() == 0;
    }

    /** Lenient equality: text against text; numbers as numbers; float against double at float precision. */
    boolean sameAs(FieldDefault other) {
        if (comparable instanceof String || other.comparable instanceof String) {
            return comparable.equals(other.comparable);
        }
        if (comparable instanceof Float f && other.comparable instanceof Double d) {
            return (f.isNaN() && d.isNaN()) || f == d.floatValue();
        }
        if (comparable instanceof Double d && other.comparable instanceof Float f) {
            return (f.isNaN() && d.isNaN()) || d.floatValue() == f;
        }
        boolean nan = isNaN(comparable);
        if (nan || isNaN(other.comparable)) {
            return nan && isNaN(other.comparable);
        }
        if (isInfinite(comparable) || isInfinite(other.comparable)) {
            return toDouble(comparable) == toDouble(other.comparable);
        }
        return toBig(comparable).compareTo(toBig(other.comparable)) == 0;
    }

    private static FieldDefault enumDefault(String text, EnumType enumType) {
        if (enumType == null || enumType.values().isEmpty()) {
            return new FieldDefault(BigDecimal.ZERO, text == null ? "0" : text);
        }
        EnumValue chosen = enumType.values().get(0);
        if (text != null) {
            chosen = enumType.values().stream().filter(v -> v.name().equals(text)).findFirst().orElse(chosen);
        }
        return new FieldDefault(BigDecimal.valueOf(chosen.number()), enumType.name() + "." + chosen.name());
    }

    private static double parseFloating(String text) {
        return switch (text) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan", "-nan" -> Double.NaN;
            default -> Double.parseDouble(text);
        };
    }

    private static boolean isNaN(Object value) {
        return (value instanceof Float f && f.isNaN()) || (value instanceof Double d && d.isNaN());
    }

    private static boolean isInfinite(Object value) {
        return (value instanceof Float f && f.isInfinite()) || (value instanceof Double d && d.isInfinite());
    }

    private static double toDouble(Object value) {
        return value instanceof BigDecimal b ? b.doubleValue() : ((Number) value).doubleValue();
    }

    private static BigDecimal toBig(Object value) {
        if (value instanceof BigDecimal b) {
            return b;
        }
        return new BigDecimal(((Number) value).doubleValue());
    }

    /** Undoes protoc's C escaping of a bytes default. */
    static byte[] unescape(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 >= text.length()) {
                out.write(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 't' -> out.write('\t');
                case 'a' -> out.write(7);
                case 'b' -> out.write('\b');
                case 'f' -> out.write('\f');
                case 'v' -> out.write(11);
                case 'x', 'X' -> {
                    int end = i + 1;
                    while (end < text.length() && end < i + 3 && Character.digit(text.charAt(end), 16) >= 0) {
                        end++;
                    }
                    out.write(Integer.parseInt(text.substring(i + 1, end), 16));
                    i = end - 1;
                }
                default -> {
                    if (next >= '0' && next <= '7') {
                        int end = i;
                        while (end < text.length() && end < i + 3 && text.charAt(end) >= '0' && text.charAt(end) <= '7') {
                            end++;
                        }
                        out.write(Integer.parseInt(text.substring(i, end), 8));
                        i = end - 1;
                    } else {
                        out.write(next);
                    }
                }
            }
        }
        return out.toByteArray();
    }
}
