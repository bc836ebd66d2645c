package dev.protovet.engine.model;

import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Type;

/** The wire kind of a field, as protobuf reports it: a delimited-encoded message counts as a group. */
public enum FieldKind {
    DOUBLE, FLOAT, INT64, UINT64, INT32, FIXED64, FIXED32, BOOL, STRING, GROUP, MESSAGE, BYTES, UINT32, ENUM,
    SFIXED32, SFIXED64, SINT32, SINT64;

    static FieldKind of(Type type) {
        return switch (type) {
            case TYPE_DOUBLE -> DOUBLE;
            case TYPE_FLOAT -> FLOAT;
            case TYPE_INT64 -> INT64;
            case TYPE_UINT64 -> UINT64;
            case TYPE_INT32 -> INT32;
            case TYPE_FIXED64 -> FIXED64;
            case TYPE_FIXED32 -> FIXED32;
            case TYPE_BOOL -> BOOL;
            case TYPE_STRING -> STRING;
            case TYPE_GROUP -> GROUP;
            case TYPE_MESSAGE -> MESSAGE;
            case TYPE_BYTES -> BYTES;
            case TYPE_UINT32 -> UINT32;
            case TYPE_ENUM -> ENUM;
            case TYPE_SFIXED32 -> SFIXED32;
            case TYPE_SFIXED64 -> SFIXED64;
            case TYPE_SINT32 -> SINT32;
            case TYPE_SINT64 -> SINT64;
        };
    }

    public boolean isNamedType() {
        return this == MESSAGE || this == GROUP || this == ENUM;
    }

    /** Lower-case name as protobuf prints a kind ({@code int32}, {@code message}). */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
