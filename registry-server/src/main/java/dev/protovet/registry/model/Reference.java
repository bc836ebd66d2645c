package dev.protovet.registry.model;

/** An import that points at another subject's version: {@code name} is the import path as written. */
public record Reference(String name, String subject, int version) {
}
