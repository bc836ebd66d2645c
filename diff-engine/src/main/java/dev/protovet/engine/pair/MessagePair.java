package dev.protovet.engine.pair;

import dev.protovet.engine.model.Field;
import dev.protovet.engine.model.MessageType;
import java.util.Map;

/** The same message full name in the previous and current image, with each side's fields by number. */
public record MessagePair(MessageType previous, MessageType current, Map<Integer, Field> previousFields,
                          Map<Integer, Field> currentFields) {
}
