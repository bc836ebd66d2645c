package dev.protovet.engine.model;

import com.google.protobuf.DescriptorProtos.EnumValueOptions;

/** One value of an enum; {@code enumName} is the simple name of its enum. */
public record EnumValue(String name, int number, String enumName, EnumValueOptions options, Source source) {
}
