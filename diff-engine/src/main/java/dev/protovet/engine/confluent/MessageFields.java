package dev.protovet.engine.confluent;

import dev.protovet.engine.model.Field;
import dev.protovet.engine.model.MessageType;
import dev.protovet.engine.model.Oneof;
import dev.protovet.engine.pair.Pairing;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The fields of a message in both versions, by number, whether in a oneof or not, as Confluent compares them: which
 * oneofs now join fields that could be set together before, which oneofs came and went, then every number once.
 * A proto3 {@code optional} field is not in a oneof here: its oneof is only protoc's way of giving it presence.
 */
final class MessageFields {
    private final Walk walk;
    private final MessageType now;
    private final Map<Integer, Field> fieldsBefore;
    private final Map<Integer, Field> fieldsNow;
    private final Map<String, Oneof> oneofsBefore;
    private final Map<String, Oneof> oneofsNow;

    private MessageFields(Walk walk, MessageType before, MessageType now) {
        this.walk = walk;
        this.now = now;
        this.fieldsBefore = fields(before);
        this.fieldsNow = fields(now);
        this.oneofsBefore = oneofs(before);
        this.oneofsNow = oneofs(now);
    }

    static void compare(Walk walk, MessageType before, MessageType now) {
        new MessageFields(walk, before, now).compare();
    }

    private void compare() {
        oneofsNow.forEach((name, oneof) -> walk.in(name, () -> newlyExclusive(oneof)));
        for (String name : Walk.union(oneofsBefore.keySet(), oneofsNow.keySet())) {
            walk.in(name, () -> {
                if (!oneofsNow.containsKey(name)) {
                    walk.add(DifferenceType.ONEOF_REMOVED, "Previously present oneof \"" + name + "\" on message \""
                            + now.name() + "\" was deleted", now.source(), oneofsBefore.get(name).source());
                } else if (!oneofsBefore.containsKey(name)) {
                    walk.add(DifferenceType.ONEOF_ADDED, "Oneof \"" + name + "\" was added to message \"" + now.name()
                            + "\"", oneofsNow.get(name).source(), null);
                }
            });
        }
        Set<String> deletedWhole = deletedWhole();
        for (int number : new TreeSet<>(Walk.union(fieldsBefore.keySet(), fieldsNow.keySet()))) {
            Field was = fieldsBefore.get(number);
            Field is = fieldsNow.get(number);
            if (is == null) {
                removed(was, deletedWhole);
            } else if (was == null) {
                added(is);
            } else {
                String oneofBefore = oneof(was);
                if (oneofBefore != null && oneof(is) == null) {
                    at(null, is.number(), () -> walk.add(DifferenceType.ONEOF_FIELD_MOVED_TO_TOP_LEVEL,
                            is.description() + " moved out of oneof \"" + oneofBefore + "\"", is.source(), was.source()));
                }
                at(oneof(is), is.number(), () -> FieldTypes.compare(walk, was, is));
            }
        }
    }

    /** A field gone from the message: reported at the message, or at its oneof when that is still there. */
    private void removed(Field was, Set<String> deletedWhole) {
        String oneof = oneof(was);
        if (oneof == null) {
            boolean required = was.isRequired();
            at(null, was.number(), () -> walk.add(required ? DifferenceType.REQUIRED_FIELD_REMOVED
                    : DifferenceType.FIELD_REMOVED, "Previously present " + (required ? "required " : "")
                    + lower(was.description()) + " was deleted", now.source(), was.source()));
        } else if (!deletedWhole.contains(oneof)) {
            Oneof stillThere = oneofsNow.get(oneof);
            at(oneof, was.number(), () -> walk.add(DifferenceType.ONEOF_FIELD_REMOVED, "Previously present "
                    + lower(was.description()) + " was deleted from oneof \"" + oneof + "\"",
                    stillThere == null ? now.source() : stillThere.source(), was.source()));
        }
    }

    private void added(Field is) {
        String oneof = oneof(is);
        if (oneof != null) {
            at(oneof, is.number(), () -> walk.add(DifferenceType.ONEOF_FIELD_ADDED, is.description()
                    + " was added to oneof \"" + oneof + "\"", is.source(), null));
        } else {
            boolean required = is.isRequired();
            at(null, is.number(), () -> walk.add(required ? DifferenceType.REQUIRED_FIELD_ADDED
                    : DifferenceType.FIELD_ADDED, (required ? "Required " + lower(is.description()) : is.description())
                    + " was added", is.source(), null));
        }
    }

    /**
     * A oneof of the current message whose fields come from more than one place before (each field outside a oneof
     * is a place of its own, each oneof one place; new fields do not count) joins fields that could be set together.
     */
    private void newlyExclusive(Oneof oneof) {
        Set<String> origins = new LinkedHashSet<>();
        int fromOutside = 0;
        for (Field field : fieldsNow.values()) {
            if (oneof.name().equals(oneof(field)) && fieldsBefore.containsKey(field.number())) {
                String from = oneof(fieldsBefore.get(field.number()));
                origins.add(from == null ? "field \"" + field.number() + "\"" : "oneof \"" + from + "\"");
                fromOutside += from == null ? 1 : 0;
            }
        }
        if (origins.size() > 1) {
            walk.add(fromOutside > 1 ? DifferenceType.MULTIPLE_FIELDS_MOVED_TO_ONEOF
                            : DifferenceType.FIELD_MOVED_TO_EXISTING_ONEOF, "Oneof \"" + oneof.name() + "\" on message \""
                            + now.name() + "\" now joins fields that could be set together before: "
                            + String.join(", ", origins), oneof.source(), null);
        }
    }

    /** The previous oneofs that are gone with every field they had: a deletion Confluent accepts as a whole. */
    private Set<String> deletedWhole() {
        Set<String> out = new LinkedHashSet<>(oneofsBefore.keySet());
        out.removeAll(oneofsNow.keySet());
        fieldsBefore.values().stream().filter(f -> fieldsNow.containsKey(f.number())).map(MessageFields::oneof)
                .forEach(out::remove);
        return out;
    }

    /** Runs {@code body} at a field's path: its number, under its oneof's name when it is in one. */
    private void at(String oneof, int number, Runnable body) {
        if (oneof == null) {
            walk.in(Integer.toString(number), body);
        } else {
            walk.in(oneof, () -> walk.in(Integer.toString(number), body));
        }
    }

    /** The fields Confluent's parser lists, by number: every field, in a oneof or not, but no proto2 group. */
    private static Map<Integer, Field> fields(MessageType message) {
        return Pairing.numberToField(message.fields().stream().filter(f -> !Walk.isGroup(f)).toList());
    }

    private static Map<String, Oneof> oneofs(MessageType message) {
        Map<String, Oneof> out = new LinkedHashMap<>();
        message.oneofs().stream().filter(o -> !o.synthetic()).forEach(o -> out.put(o.name(), o));
        return out;
    }

    /** The name of the real oneof a field is in, or null (also for a missing field). */
    static String oneof(Field field) {
        return field == null || field.oneof() == null || field.oneof().synthetic() ? null : field.oneof().name();
    }

    static String lower(String sentence) {
        return Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
