package dev.protovet.engine.pair;

import dev.protovet.engine.model.EnumValue;
import java.util.Map;

/** All values of one number in a paired enum, by name (aliases give several), before and now. */
public record EnumValuePair(int number, Map<String, EnumValue> previous, Map<String, EnumValue> current) {
}
