package dev.protovet.registry.core;

import java.util.OptionalInt;

/**
 * Integers as clients write them in paths and query parameters: ASCII digits with an optional minus sign, within
 * int range. ({@link Integer#parseInt} also reads other scripts' digits, so "١" would be version 1.)
 */
public final class DecimalNumbers {
    private DecimalNumbers() {
    }

    /** The value of {@code text}, or empty when it is not such an integer. */
    public static OptionalInt parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 11) {
            return OptionalInt.empty();
        }
        int start = text.charAt(0) == '-' ? 1 : 0;
        if (start == text.length()) {
            return OptionalInt.empty();
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return OptionalInt.empty();
            }
        }
        long value = Long.parseLong(text);
        return value < Integer.MIN_VALUE || value > Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of((int) value);
    }
}
