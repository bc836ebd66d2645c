package dev.protovet.registry.schema;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Wire's linked elements (fields, rpcs) by name. Looking each element of a parse tree up in Wire's lists would be
 * quadratic (a message of 20,000 fields took seconds); one map per message, extend block or service keeps a compile
 * linear.
 */
final class ByName {
    private ByName() {
    }

    /** {@code elements} by name; the first of a name wins, as a linear search would find it. */
    static <T> Map<String, T> of(List<T> elements, Function<T, String> name) {
        Map<String, T> byName = new HashMap<>(elements.size() * 2);
        for (T element : elements) {
            byName.putIfAbsent(name.apply(element), element);
        }
        return byName;
    }
}
