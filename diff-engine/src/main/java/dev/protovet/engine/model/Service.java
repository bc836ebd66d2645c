package dev.protovet.engine.model;

import java.util.List;

/** A service and its RPCs. */
public record Service(String name, String fullName, List<Method> methods, Source source) {
}
