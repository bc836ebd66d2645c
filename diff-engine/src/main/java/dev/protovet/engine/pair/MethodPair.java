package dev.protovet.engine.pair;

import dev.protovet.engine.model.Method;

/** The same RPC name in a paired service. */
public record MethodPair(Method previous, Method current) {
}
