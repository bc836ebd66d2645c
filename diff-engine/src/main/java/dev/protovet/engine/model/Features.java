package dev.protovet.engine.model;

import com.google.protobuf.DescriptorProtos.Edition;
import com.google.protobuf.DescriptorProtos.FeatureSet;
import com.google.protobuf.DescriptorProtos.FeatureSet.EnumType;
import com.google.protobuf.DescriptorProtos.FeatureSet.FieldPresence;
import com.google.protobuf.DescriptorProtos.FeatureSet.JsonFormat;
import com.google.protobuf.DescriptorProtos.FeatureSet.MessageEncoding;
import com.google.protobuf.DescriptorProtos.FeatureSet.RepeatedFieldEncoding;
import com.google.protobuf.DescriptorProtos.FeatureSet.Utf8Validation;
import com.google.protobuf.UnknownFieldSet;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The resolved editions features of one element: the edition's defaults, overridden by each enclosing scope's
 * explicit {@code features} option, as protobuf's own descriptors resolve them. Includes the two language features
 * buf's rules read: {@code (pb.cpp).string_type} and {@code (pb.java).utf8_validation}.
 */
public record Features(
        FieldPresence fieldPresence,
        EnumType enumType,
        RepeatedFieldEncoding repeatedFieldEncoding,
        Utf8Validation utf8Validation,
        MessageEncoding messageEncoding,
        JsonFormat jsonFormat,
        CppStringType cppStringType,
        JavaUtf8Validation javaUtf8Validation) {

    /** {@code pb.CppFeatures.StringType}. */
    public enum CppStringType { STRING_TYPE_UNKNOWN, VIEW, CORD, STRING }

    /** {@code pb.JavaFeatures.Utf8Validation}. */
    public enum JavaUtf8Validation { UTF8_VALIDATION_UNKNOWN, DEFAULT, VERIFY }

    static final int CPP_EXTENSION = 1000;
    static final int JAVA_EXTENSION = 1001;
    static final int CPP_STRING_TYPE = 2;
    static final int JAVA_UTF8_VALIDATION = 2;

    /** The defaults of an edition (proto2 and proto3 count as editions here, as in protobuf). */
    public static Features defaults(Edition edition) {
        boolean proto2 = edition == Edition.EDITION_PROTO2;
        boolean proto3 = edition == Edition.EDITION_PROTO3;
        return new Features(
                proto3 ? FieldPresence.IMPLICIT : FieldPresence.EXPLICIT,
                proto2 ? EnumType.CLOSED : EnumType.OPEN,
                proto2 ? RepeatedFieldEncoding.EXPANDED : RepeatedFieldEncoding.PACKED,
                proto2 ? Utf8Validation.NONE : Utf8Validation.VERIFY,
                MessageEncoding.LENGTH_PREFIXED,
                proto2 ? JsonFormat.LEGACY_BEST_EFFORT : JsonFormat.ALLOW,
                edition.getNumber() >= Edition.EDITION_2024.getNumber() ? CppStringType.VIEW : CppStringType.STRING,
                JavaUtf8Validation.DEFAULT);
    }

    /** These features with every feature that {@code explicit} sets overriding the inherited value. */
    public Features override(FeatureSet explicit) {
        if (explicit.getSerializedSize() == 0) {
            return this;
        }
        CppStringType cpp = cppStringType;
        JavaUtf8Validation java = javaUtf8Validation;
        UnknownFieldSet unknown = explicit.getUnknownFields();
        Integer cppValue = languageFeature(unknown, CPP_EXTENSION, CPP_STRING_TYPE);
        if (cppValue != null && cppValue < CppStringType.values().length) {
            cpp = CppStringType.values()[cppValue];
        }
        Integer javaValue = languageFeature(unknown, JAVA_EXTENSION, JAVA_UTF8_VALIDATION);
        if (javaValue != null && javaValue < JavaUtf8Validation.values().length) {
            java = JavaUtf8Validation.values()[javaValue];
        }
        return new Features(
                explicit.hasFieldPresence() ? explicit.getFieldPresence() : fieldPresence,
                explicit.hasEnumType() ? explicit.getEnumType() : enumType,
                explicit.hasRepeatedFieldEncoding() ? explicit.getRepeatedFieldEncoding() : repeatedFieldEncoding,
                explicit.hasUtf8Validation() ? explicit.getUtf8Validation() : utf8Validation,
                explicit.hasMessageEncoding() ? explicit.getMessageEncoding() : messageEncoding,
                explicit.hasJsonFormat() ? explicit.getJsonFormat() : jsonFormat,
                cpp,
                java);
    }

    /** Reads one enum feature of a language extension ({@code (pb.cpp)}, {@code (pb.java)}) kept as unknown fields. */
    private static Integer languageFeature(UnknownFieldSet unknown, int extension, int feature) {
        if (!unknown.hasField(extension)) {
            return null;
        }
        Integer value = null;
        for (var bytes : unknown.getField(extension).getLengthDelimitedList()) {
            try {
                UnknownFieldSet fields = UnknownFieldSet.parseFrom(bytes);
                if (fields.hasField(feature) && !fields.getField(feature).getVarintList().isEmpty()) {
                    var varints = fields.getField(feature).getVarintList();
                    value = varints.get(varints.size() - 1).intValue();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return value;
    }
}
