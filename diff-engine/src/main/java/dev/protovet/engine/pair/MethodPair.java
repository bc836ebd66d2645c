package dev.protovet.engine.pair;

import dev.protovet.engine.model.Method;

/** The same RPC name in a paired service; {@code element} is its full name, {@code acme.Orders.Get}. */
public record MethodPair(Method previous, Method current, String element) {
}
