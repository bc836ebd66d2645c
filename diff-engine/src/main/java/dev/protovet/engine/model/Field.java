package dev.protovet.engine.model;

import com.google.protobuf.DescriptorProtos.Edition;
import com.google.protobuf.DescriptorProtos.FeatureSet.FieldPresence;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Label;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Type;
import com.google.protobuf.DescriptorProtos.FieldOptions;
import com.google.protobuf.DescriptorProtos.FileOptions;

/**
 * A message field or an extension. {@code messageName} is the simple name of the containing message (null for a
 * file-level extension); {@code extendee} is the extended message's full name without the leading dot (null for a
 * plain field); {@code oneof} is null outside any oneof. Syntax, edition and file options are the declaring file's.
 */
public record Field(
        String name,
        String fullName,
        int number,
        Label label,
        Type type,
        FieldKind kind,
        String typeName,
        String extendee,
        String jsonName,
        String defaultValue,
        Oneof oneof,
        FieldOptions options,
        Features features,
        String messageName,
        boolean inMapEntry,
        boolean map,
        Syntax syntax,
        Edition edition,
        FileOptions fileOptions,
        Source source) {

    // Field numbers of FieldDescriptorProto, as SourceCodeInfo path elements.
    private static final int TYPE = 5, TYPE_NAME = 6;

    /** Where the field's type is written (the type name of a message, group or enum), else the field itself. */
    public Source typeSource() {
        return source.child(kind.isNamedType() ? TYPE_NAME : TYPE).orElse(source);
    }

    public boolean isExtension() {
        return extendee != null;
    }

    public boolean isRepeated() {
        return label == Label.LABEL_REPEATED;
    }

    public boolean isRequired() {
        return label == Label.LABEL_REQUIRED || features.fieldPresence() == FieldPresence.LEGACY_REQUIRED;
    }

    /** Whether the field tracks presence, as protobuf's {@code FieldDescriptor.hasPresence()}. */
    public boolean hasPresence() {
        if (isRepeated()) {
            return false;
        }
        return kind == FieldKind.MESSAGE || kind == FieldKind.GROUP || oneof != null || isExtension()
                || features.fieldPresence() != FieldPresence.IMPLICIT;
    }

    public boolean hasDefault() {
        return defaultValue != null;
    }

    /** The type name without its leading dot, or "" for a scalar. */
    public String typeNameWithoutDot() {
        return typeName.startsWith(".") ? typeName.substring(1) : typeName;
    }

    /** buf's field description: {@code Field "1" with name "foo" on message "Bar"} (extensions by full name). */
    public String description() {
        return describe(isExtension() ? fullName : name);
    }

    /** The description with another name, or none when {@code shownName} is empty. */
    public String describe(String shownName) {
        String named = shownName.isEmpty() ? "" : " with name \"" + shownName + "\"";
        return isExtension()
                ? "Extension \"" + number + "\"" + named + " on message \"" + extendee + "\""
                : "Field \"" + number + "\"" + named + " on message \"" + messageName + "\"";
    }

    /** The type as protobuf prints it, with editions' delimited messages told apart. */
    public String prettyKind() {
        if (kind == FieldKind.GROUP && syntax != Syntax.PROTO2) {
            return "message (delimited encoding)";
        }
        return kind.toString();
    }
}
