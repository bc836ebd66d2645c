package dev.protovet.engine.pair;

import dev.protovet.engine.model.Service;

/** The same service full name in the previous and current image. */
public record ServicePair(Service previous, Service current) {
}
