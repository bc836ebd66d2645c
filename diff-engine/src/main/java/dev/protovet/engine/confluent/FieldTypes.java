package dev.protovet.engine.confluent;

import dev.protovet.engine.model.Field;
import dev.protovet.engine.model.MessageType;
import java.util.Locale;

/**
 * Two fields of one number, as Confluent compares them: their names, then their kinds (scalar, map, message); two
 * scalars by group, and by label where the text gives both one; two maps by key and value; two messages by name
 * inside their packages and, when either is declared outside the compared files, by structure.
 */
final class FieldTypes {

    /** A label as the .proto text writes it, which is what Confluent's parser keeps; no label is null. */
    private enum Label {
        OPTIONAL, REQUIRED, REPEATED;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Which part of the field a type is: the field's own type, or a map's keys or values. */
    private enum Part {
        FIELD(""), KEYS(" of its map keys"), VALUES(" of its map values");

        private final String of;

        Part(String of) {
            this.of = of;
        }
    }

    private final Walk walk;
    private final Field before;
    private final Field now;

    private FieldTypes(Walk walk, Field before, Field now) {
        this.walk = walk;
        this.before = before;
        this.now = now;
    }

    static void compare(Walk walk, Field before, Field now) {
        if (!before.name().equals(now.name())) {
            walk.add(DifferenceType.FIELD_NAME_CHANGED, now.describe("") + " changed name from \"" + before.name()
                    + "\" to \"" + now.name() + "\"", now.source(), before.source());
        }
        new FieldTypes(walk, before, now).compare(Shape.of(before, walk.previous), Shape.of(now, walk.current),
                label(before), label(now), Part.FIELD);
    }

    /**
     * The label the field's declaration writes: none inside a oneof, none for a proto3 field without
     * {@code optional} (protoc gives a proto3 {@code optional} field a oneof of its own), none in editions.
     */
    private static Label label(Field field) {
        if (MessageFields.oneof(field) != null) {
            return null;
        }
        if (field.isRepeated()) {
            return Label.REPEATED;
        }
        if (field.isRequired()) {
            return Label.REQUIRED;
        }
        return switch (field.syntax()) {
            case PROTO2 -> Label.OPTIONAL;
            case PROTO3 -> field.oneof() != null ? Label.OPTIONAL : null;
            case EDITIONS -> null;
        };
    }

    private void compare(Shape was, Shape is, Label labelBefore, Label labelNow, Part part) {
        if (was.kind() != is.kind()) {
            type(DifferenceType.FIELD_KIND_CHANGED, "changed kind" + part.of + " from " + was.kind() + " \""
                    + was.name() + "\" to " + is.kind() + " \"" + is.name() + "\"");
            return;
        }
        switch (was.kind()) {
            case SCALAR -> scalars(was, is, labelBefore, labelNow, part);
            case MAP -> {
                compare(was.key(), is.key(), null, null, Part.KEYS);
                compare(was.value(), is.value(), null, null, Part.VALUES);
            }
            case MESSAGE -> messages(was, is, part);
        }
    }

    private void scalars(Shape was, Shape is, Label labelBefore, Label labelNow, Part part) {
        if (was.group() != is.group()) {
            type(DifferenceType.FIELD_SCALAR_KIND_CHANGED, "changed scalar kind" + part.of + " from \"" + was.name()
                    + "\" to \"" + is.name() + "\"");
        } else if (labelBefore != null && labelNow != null && labelBefore != labelNow) {
            boolean text = was.group() == Shape.ScalarGroup.STRING_OR_BYTES;
            walk.add(text ? DifferenceType.FIELD_STRING_OR_BYTES_LABEL_CHANGED : DifferenceType.FIELD_NUMERIC_LABEL_CHANGED,
                    now.description() + (text ? "" : " is numeric (\"" + is.name() + "\") and") + " changed label from \""
                            + labelBefore + "\" to \"" + labelNow + "\"", now.source(), before.source());
        }
    }

    private void messages(Shape was, Shape is, Part part) {
        MessageType typeBefore = walk.previous.messages().get(was.name());
        MessageType typeNow = walk.current.messages().get(is.name());
        if (typeBefore == null || typeNow == null) {
            if (!was.name().equals(is.name())) {
                renamed(was, is, part);
            }
        } else if (!typeBefore.nestedName().equals(typeNow.nestedName())) {
            renamed(was, is, part);
        } else if (!walk.inComparedFiles(typeBefore, typeNow) && !walk.structure(typeBefore, typeNow)) {
            type(DifferenceType.FIELD_NAMED_TYPE_CHANGED, "refers to message \"" + is.name() + "\""
                    + (part == Part.VALUES ? " for its map values" : "") + ", which changed incompatibly"
                    + (was.name().equals(is.name()) ? "" : " (it was \"" + was.name() + "\")"));
        }
    }

    private void renamed(Shape was, Shape is, Part part) {
        type(DifferenceType.FIELD_NAMED_TYPE_CHANGED, "changed message type" + part.of + " from \"" + was.name()
                + "\" to \"" + is.name() + "\"");
    }

    /** A difference in the field's type, reported at its type. */
    private void type(DifferenceType type, String change) {
        walk.add(type, now.description() + " " + change, now.typeSource(), before.typeSource());
    }
}
