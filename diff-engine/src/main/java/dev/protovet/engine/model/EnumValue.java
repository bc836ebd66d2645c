package dev.protovet.engine.model;

/** One value of an enum; {@code enumName} is the simple name of its enum. */
public record EnumValue(String name, int number, String enumName, Source source) {
}
