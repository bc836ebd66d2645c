package dev.protovet.engine.model;

/** A oneof; synthetic when protoc made it to carry a proto3 {@code optional} field. */
public record Oneof(String name, boolean synthetic, Source source) {
}
