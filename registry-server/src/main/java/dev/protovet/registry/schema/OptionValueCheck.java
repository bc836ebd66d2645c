package dev.protovet.registry.schema;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import java.math.BigInteger;
import java.util.List;

/**
 * Refuses a standard option (one of descriptor.proto's {@code FileOptions}, {@code FieldOptions}...) that protoc would
 * refuse: an unknown name, or a value of the wrong kind ({@code option java_package = 5;},
 * {@code optimize_for = FAST}, a bool given a string). Wire lets many of these through or reports them without a
 * location; the text's tokens still have one. Custom options ({@code (my.option)}) are left to Wire's linker.
 */
final class OptionValueCheck {
    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private OptionValueCheck() {
    }

    /**
     * @param optionsType the options message the option sets ({@code FileOptions} and so on)
     * @param name        the option's dotted name as written, custom parts in parentheses
     * @param nameStart   the first token of the name
     * @param value       the first token of the value, {@code afterValue} the token after it
     */
    static void check(Descriptor optionsType, List<String> name, ProtoToken nameStart, ProtoToken value,
                      ProtoToken afterValue) {
        Descriptor type = optionsType;
        FieldDescriptor field = null;
        for (int i = 0; i < name.size(); i++) {
            String part = name.get(i);
            if (part.startsWith("(")) {
                return;
            }
            if (type == null) {
                throw at(nameStart, "option " + String.join(".", name.subList(0, i))
                        + " is not a message, so it has no field " + part);
            }
            field = type.findFieldByName(part);
            if (field == null || field.getName().equals("uninterpreted_option")) {
                throw at(nameStart, "option " + String.join(".", name.subList(0, i + 1)) + " is unknown: "
                        + type.getName() + " has no such option");
            }
            type = field.getJavaType() == FieldDescriptor.JavaType.MESSAGE ? field.getMessageType() : null;
        }
        checkValue(field, String.join(".", name), value, afterValue);
    }

    private static void checkValue(FieldDescriptor field, String name, ProtoToken value, ProtoToken afterValue) {
        boolean negative = value.is("-");
        ProtoToken literal = negative ? afterValue : value;
        switch (field.getJavaType()) {
            case MESSAGE -> {
                if (!value.is("{")) {
                    throw at(value, "option " + name + " is a message: give its fields in braces, { ... }");
                }
            }
            case STRING, BYTE_STRING -> {
                if (value.kind() != ProtoToken.Kind.STRING) {
                    throw at(value, "option " + name + " takes a quoted string, not " + value.text());
                }
            }
            case BOOLEAN -> {
                if (!value.is("true") && !value.is("false")) {
                    throw at(value, "option " + name + " takes true or false, not " + value.text());
                }
            }
            case ENUM -> {
                if (negative || literal.kind() != ProtoToken.Kind.IDENTIFIER
                        || field.getEnumType().findValueByName(literal.text()) == null) {
                    throw at(value, "option " + name + " takes one of " + enumValues(field) + ", not "
                            + (negative ? "-" : "") + literal.text());
                }
            }
            case FLOAT, DOUBLE -> {
                boolean number = literal.kind() == ProtoToken.Kind.NUMBER
                        || literal.is("inf") || literal.is("nan");
                if (!number) {
                    throw at(value, "option " + name + " takes a number, not " + value.text());
                }
            }
            case INT, LONG -> checkInteger(field, name, value, negative, literal);
        }
    }

    private static void checkInteger(FieldDescriptor field, String name, ProtoToken value, boolean negative,
                                     ProtoToken literal) {
        BigInteger number = literal.kind() == ProtoToken.Kind.NUMBER ? integer(literal.text()) : null;
        if (number == null) {
            throw at(value, "option " + name + " takes an integer, not " + (negative ? "-" : "") + literal.text());
        }
        if (negative) {
            number = number.negate();
        }
        boolean unsigned = switch (field.getType()) {
            case UINT32, FIXED32, UINT64, FIXED64 -> true;
            default -> false;
        };
        boolean wide = field.getJavaType() == FieldDescriptor.JavaType.LONG;
        BigInteger min = unsigned ? BigInteger.ZERO : BigInteger.valueOf(wide ? Long.MIN_VALUE : Integer.MIN_VALUE);
        BigInteger max = unsigned ? (wide ? UINT64_MAX : BigInteger.valueOf(0xFFFFFFFFL))
                : BigInteger.valueOf(wide ? Long.MAX_VALUE : Integer.MAX_VALUE);
        if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
            throw at(value, "option " + name + " is out of range for " + field.getType().name().toLowerCase()
                    + ": " + number);
        }
    }

    /** A decimal, hex or octal integer literal, or null when the text is none. */
    static BigInteger integer(String text) {
        try {
            if (text.startsWith("0x") || text.startsWith("0X")) {
                return new BigInteger(text.substring(2), 16);
            }
            if (text.length() > 1 && text.startsWith("0")) {
                return new BigInteger(text.substring(1), 8);
            }
            return new BigInteger(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String enumValues(FieldDescriptor field) {
        return String.join(", ", field.getEnumType().getValues().stream().map(v -> v.getName()).toList());
    }

    private static SchemaProblem at(ProtoToken token, String message) {
        return new SchemaProblem(token.line() + 1, token.column() + 1, message);
    }
}
