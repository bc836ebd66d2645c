package dev.protovet.engine.pair;

import dev.protovet.engine.model.MessageType;

/** The same message full name in the previous and current image. */
public record MessagePair(MessageType previous, MessageType current) {
}
