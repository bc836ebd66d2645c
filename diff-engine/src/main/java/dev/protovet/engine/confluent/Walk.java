package dev.protovet.engine.confluent;

import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Type;
import dev.protovet.engine.model.EnumType;
import dev.protovet.engine.model.EnumValue;
import dev.protovet.engine.model.Field;
import dev.protovet.engine.model.MessageType;
import dev.protovet.engine.model.ProtoFile;
import dev.protovet.engine.model.Source;
import dev.protovet.engine.model.Syntax;
import dev.protovet.engine.pair.Declarations;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One walk over a schema file and its previous version, as Confluent's provider walks them: messages and enums by
 * name in each scope, then (in {@link MessageFields}) fields by number. It keeps the path of the element being
 * compared, the previous messages whose fields are being compared (so that a recursive type is compared once) and
 * the differences found. A message field whose type is declared outside the two files is compared by structure in a
 * walk of its own, whose path starts at the message's name inside its package, as Confluent's does.
 */
final class Walk {
    private static final int PACKAGE = 2; // FileDescriptorProto's field number, a SourceCodeInfo path element

    final Declarations previous;
    final Declarations current;
    private final ProtoFile previousFile;
    private final ProtoFile currentFile;
    private final Set<MessageType> comparing;
    private final Map<List<String>, Outcome> compared;
    private final Deque<String> path = new ArrayDeque<>();
    private final Set<Difference> found = new LinkedHashSet<>();

    /** The differences of a comparison by structure, and whether Confluent accepts them all. */
    private record Outcome(List<Difference> differences, boolean compatible) {
    }

    Walk(Declarations previous, Declarations current, ProtoFile previousFile, ProtoFile currentFile) {
        this.previous = previous;
        this.current = current;
        this.previousFile = previousFile;
        this.currentFile = currentFile;
        this.comparing = Collections.newSetFromMap(new IdentityHashMap<>());
        this.compared = new HashMap<>();
    }

    private Walk(Walk parent, String nestedName) {
        this.previous = parent.previous;
        this.current = parent.current;
        this.previousFile = parent.previousFile;
        this.currentFile = parent.currentFile;
        this.comparing = parent.comparing;
        this.compared = parent.compared;
        path.addAll(Arrays.asList(nestedName.split("\\.")));
    }

    /** Compares the two files: their package, then their messages and enums. */
    List<Difference> files() {
        String before = previousFile.packageName();
        String now = currentFile.packageName();
        if (!before.equals(now)) {
            add(DifferenceType.PACKAGE_CHANGED, "File package changed from \"" + before + "\" to \"" + now + "\"",
                    currentFile.source().child(PACKAGE), previousFile.source().child(PACKAGE));
        }
        declarations(previousFile.messages(), previousFile.enums(), null, currentFile.messages(), currentFile.enums(),
                null);
        return List.copyOf(found);
    }

    /**
     * The messages and enums of one scope: a file (the parents are null), or the nested declarations of a message in
     * both versions.
     */
    private void declarations(List<MessageType> previousMessages, List<EnumType> previousEnums,
                              MessageType previousParent, List<MessageType> currentMessages,
                              List<EnumType> currentEnums, MessageType currentParent) {
        Source parent = currentParent == null ? null : currentParent.source();
        Map<String, MessageType> before = byName(previousMessages, previousParent);
        Map<String, MessageType> now = byName(currentMessages, currentParent);
        Map<String, Integer> indexBefore = indexes(before.keySet());
        Map<String, Integer> indexNow = indexes(now.keySet());
        for (String name : union(before.keySet(), now.keySet())) {
            in(name, () -> {
                MessageType was = before.get(name);
                MessageType is = now.get(name);
                if (is == null) {
                    add(DifferenceType.MESSAGE_REMOVED, "Previously present message \"" + was.nestedName()
                            + "\" was deleted", parent, was.source());
                } else if (was == null) {
                    add(DifferenceType.MESSAGE_ADDED, "Message \"" + is.nestedName() + "\" was added", is.source(), null);
                } else {
                    message(was, is);
                    int from = indexBefore.get(name);
                    int to = indexNow.get(name);
                    if (from != to) {
                        add(DifferenceType.MESSAGE_MOVED, "Message \"" + is.nestedName() + "\" moved from index " + from
                                + " to index " + to + " among its siblings", is.source(), was.source());
                    }
                }
            });
        }
        Map<String, EnumType> enumsBefore = new LinkedHashMap<>();
        previousEnums.forEach(e -> enumsBefore.put(e.name(), e));
        Map<String, EnumType> enumsNow = new LinkedHashMap<>();
        currentEnums.forEach(e -> enumsNow.put(e.name(), e));
        for (String name : union(enumsBefore.keySet(), enumsNow.keySet())) {
            in(name, () -> {
                EnumType was = enumsBefore.get(name);
                EnumType is = enumsNow.get(name);
                if (is == null) {
                    add(DifferenceType.ENUM_REMOVED, "Previously present enum \"" + was.nestedName() + "\" was deleted",
                            parent, was.source());
                } else if (was == null) {
                    add(DifferenceType.ENUM_ADDED, "Enum \"" + is.nestedName() + "\" was added", is.source(), null);
                } else {
                    enumValues(was, is);
                }
            });
        }
    }

    /** A message in both: its fields (unless it is being compared already, further up), then its own scope. */
    void message(MessageType before, MessageType now) {
        if (comparing.add(before)) {
            try {
                MessageFields.compare(this, before, now);
            } finally {
                comparing.remove(before);
            }
        }
        declarations(before.nestedMessages(), before.enums(), before, now.nestedMessages(), now.enums(), now);
    }

    private void enumValues(EnumType before, EnumType now) {
        Map<Integer, EnumValue> was = valuesByNumber(before);
        Map<Integer, EnumValue> is = valuesByNumber(now);
        for (int number : union(was.keySet(), is.keySet())) {
            in(Integer.toString(number), () -> {
                EnumValue old = was.get(number);
                EnumValue value = is.get(number);
                if (value == null) {
                    add(DifferenceType.ENUM_CONST_REMOVED, "Previously present enum value \"" + number + "\" on enum \""
                            + before.name() + "\" was deleted", now.source(), old.source());
                } else if (old == null) {
                    add(DifferenceType.ENUM_CONST_ADDED, "Enum value \"" + number + "\" with name \"" + value.name()
                            + "\" was added to enum \"" + now.name() + "\"", value.source(), null);
                } else if (!old.name().equals(value.name())) {
                    add(DifferenceType.ENUM_CONST_CHANGED, "Enum value \"" + number + "\" on enum \"" + now.name()
                            + "\" changed name from \"" + old.name() + "\" to \"" + value.name() + "\"", value.source(),
                            old.source());
                }
            });
        }
    }

    /**
     * Compares two messages that a field names, by structure; its differences join this walk's. A message declared
     * in the compared files on both sides is compared in its own scope instead, so this is not asked for it.
     *
     * @return whether Confluent accepts every difference
     */
    boolean structure(MessageType before, MessageType now) {
        List<String> key = List.of(before.fullName(), now.fullName());
        Outcome outcome = compared.get(key);
        if (outcome == null) {
            Walk walk = new Walk(this, before.nestedName());
            walk.message(before, now);
            outcome = new Outcome(List.copyOf(walk.found), walk.found.stream().allMatch(d -> d.type().compatible()));
            compared.put(key, outcome);
        }
        found.addAll(outcome.differences());
        return outcome.compatible();
    }

    /** Whether both messages are declared in the two files this walk compares. */
    boolean inComparedFiles(MessageType before, MessageType now) {
        return previous.fileOfMessage(before.fullName()) == previousFile
                && current.fileOfMessage(now.fullName()) == currentFile;
    }

    /** Runs {@code body} one path segment further down. */
    void in(String segment, Runnable body) {
        path.addLast(segment);
        try {
            body.run();
        } finally {
            path.removeLast();
        }
    }

    /** Records a difference at the current path; {@code now} null means the current file's start. */
    void add(DifferenceType type, String description, Source now, Source before) {
        found.add(new Difference(type, "#/" + String.join("/", path), description, now, currentFile.path(), before));
    }

    /**
     * The messages of a scope by name, without what Confluent's parser never shows: map entries (a map is a field
     * type there) and proto2 groups (kept apart from fields and messages).
     */
    private static Map<String, MessageType> byName(List<MessageType> messages, MessageType parent) {
        Set<String> groups = new HashSet<>();
        if (parent != null) {
            parent.fields().stream().filter(Walk::isGroup).forEach(f -> groups.add(f.typeNameWithoutDot()));
        }
        Map<String, MessageType> out = new LinkedHashMap<>();
        messages.stream().filter(m -> !m.mapEntry() && !groups.contains(m.fullName())).forEach(m -> out.put(m.name(), m));
        return out;
    }

    /** Whether a field is a proto2 group, which Confluent's parser does not list among a message's fields. */
    static boolean isGroup(Field field) {
        return field.syntax() == Syntax.PROTO2 && field.type() == Type.TYPE_GROUP;
    }

    /** Each message's index among the messages of its scope, as serialized message indexes count them. */
    private static Map<String, Integer> indexes(Set<String> names) {
        Map<String, Integer> out = new HashMap<>();
        names.forEach(name -> out.put(name, out.size()));
        return out;
    }

    private static Map<Integer, EnumValue> valuesByNumber(EnumType enumType) {
        Map<Integer, EnumValue> out = new TreeMap<>();
        enumType.values().forEach(v -> out.put(v.number(), v)); // the last alias of a number, as Confluent keeps
        return out;
    }

    /** Both sets' elements: the first's in its order, then the second's new ones. */
    static <T> Set<T> union(Set<T> a, Set<T> b) {
        Set<T> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return out;
    }
}
