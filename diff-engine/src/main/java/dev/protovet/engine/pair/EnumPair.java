package dev.protovet.engine.pair;

import dev.protovet.engine.model.EnumType;

/** The same enum full name in the previous and current image. */
public record EnumPair(EnumType previous, EnumType current) {
}
