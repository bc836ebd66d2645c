package dev.protovet.registry.schema;

import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * A proto2 {@code default} as protoc writes it into {@code default_value}: integers in decimal, floating point in
 * C's shortest {@code %g} form, strings unescaped, bytes C-escaped.
 */
final class DefaultValues {
    private DefaultValues() {
    }

    /** {@code written} is the value as Wire parsed it: literals unescaped, numbers as written. */
    static String forDescriptor(Type type, String written) {
        return switch (type) {
            case TYPE_INT32, TYPE_INT64, TYPE_UINT32, TYPE_UINT64, TYPE_SINT32, TYPE_SINT64, TYPE_FIXED32,
                 TYPE_FIXED64, TYPE_SFIXED32, TYPE_SFIXED64 -> integer(written);
            case TYPE_FLOAT, TYPE_DOUBLE -> floating(written);
            case TYPE_BYTES -> escapeBytes(written);
            default -> written;
        };
    }

    private static String integer(String written) {
        String text = written.trim();
        boolean negative = text.startsWith("-");
        String digits = negative || text.startsWith("+") ? text.substring(1) : text;
        BigInteger value;
        if (digits.startsWith("0x") || digits.startsWith("0X")) {
            value = new BigInteger(digits.substring(2), 16);
        } else if (digits.length() > 1 && digits.startsWith("0")) {
            value = new BigInteger(digits.substring(1), 8);
        } else {
            value = new BigInteger(digits);
        }
        return (negative ? value.negate() : value).toString();
    }

    private static String floating(String written) {
        String text = written.trim();
        String lower = text.toLowerCase();
        if (lower.equals("inf") || lower.equals("-inf") || lower.equals("nan") || lower.equals("-nan")
                || lower.equals("infinity") || lower.equals("-infinity")) {
            return lower.replace("infinity", "inf").replace("-nan", "nan"); // protoc writes NaN without a sign
        }
        double value;
        if (lower.startsWith("0x") || lower.startsWith("-0x")) {
            value = Double.parseDouble(integer(text));
        } else {
            value = Double.parseDouble(text);
        }
        return shortest(value);
    }

    /** protoc's SimpleDtoa: {@code %.15g}, or {@code %.17g} when 15 digits do not read back as the same double. */
    static String shortest(double value) {
        String fifteen = cFormatG(value, 15);
        return Double.parseDouble(fifteen) == value ? fifteen : cFormatG(value, 17);
    }

    /** C's {@code printf("%.<precision>g")}. */
    static String cFormatG(double value, int precision) {
        if (value == 0) {
            return 1 / value < 0 ? "-0" : "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(precision, RoundingMode.HALF_EVEN));
        int exponent = rounded.precision() - rounded.scale() - 1;
        String text;
        if (exponent < -4 || exponent >= precision) {
            BigDecimal mantissa = rounded.movePointLeft(exponent);
            text = stripZeros(mantissa.toPlainString()) + "e" + (exponent < 0 ? "-" : "+")
                    + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
        } else {
            text = stripZeros(rounded.toPlainString());
        }
        return text;
    }

    private static String stripZeros(String plain) {
        if (!plain.contains(".")) {
            return plain;
        }
        String out = plain.replaceAll("0+$", "");
        return out.endsWith(".") ? out.substring(0, out.length() - 1) : out;
    }

    /** protoc's CEscape of the bytes the literal stands for. */
    static String escapeBytes(String value) {
        byte[] bytes = latin1OrUtf8(value);
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            int c = b & 0xff;
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '"' -> out.append("\\\"");
                case '\'' -> out.append("\\'");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c >= 0x7f) {
                        out.append('\\').append((char) ('0' + (c >> 6))).append((char) ('0' + ((c >> 3) & 7)))
                                .append((char) ('0' + (c & 7)));
                    } else {
                        out.append((char) c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A bytes literal's escapes (\001, \xff) stand for single bytes; other text stands for its UTF-8. */
    private static byte[] latin1OrUtf8(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) > 0xff) {
                return value.getBytes(StandardCharsets.UTF_8);
            }
        }
        return value.getBytes(StandardCharsets.ISO_8859_1);
    }
}
