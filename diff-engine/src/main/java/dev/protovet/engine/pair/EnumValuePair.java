package dev.protovet.engine.pair;

import dev.protovet.engine.model.EnumValue;
import java.util.Map;

/**
 * All values of one number in a paired enum, by name (aliases give several), before and now. {@code element} names
 * the value by the enum's full name and the value's first previous name: {@code acme.Color.RED}.
 */
public record EnumValuePair(int number, Map<String, EnumValue> previous, Map<String, EnumValue> current,
                            String element) {
}
