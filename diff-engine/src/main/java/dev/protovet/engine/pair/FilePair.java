package dev.protovet.engine.pair;

import dev.protovet.engine.model.ProtoFile;

/** The same path in the previous and current image. */
public record FilePair(ProtoFile previous, ProtoFile current) {
}
