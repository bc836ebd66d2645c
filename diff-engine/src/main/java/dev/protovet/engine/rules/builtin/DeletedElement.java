package dev.protovet.engine.rules.builtin;

import dev.protovet.engine.model.Location;
import dev.protovet.engine.model.MessageType;
import dev.protovet.engine.model.ProtoFile;
import dev.protovet.engine.pair.Declarations;
import java.util.Map;

/** Where buf reports an element that is gone: at its nearest message that survives, else at the file's start. */
final class DeletedElement {
    private DeletedElement() {
    }

    /** The full name of an element declared in {@code file} under {@code nestedName}. */
    static String fullName(ProtoFile file, String nestedName) {
        return file.packageName().isEmpty() ? nestedName : file.packageName() + "." + nestedName;
    }

    static Location location(ProtoFile file, String previousNestedName) {
        return location(file, Declarations.nestedMessages(file), previousNestedName);
    }

    static Location location(ProtoFile file, Map<String, MessageType> nestedMessages, String previousNestedName) {
        String[] parts = previousNestedName.split("\\.");
        for (int i = parts.length - 1; i > 0; i--) {
            MessageType parent = nestedMessages.get(String.join(".", java.util.Arrays.copyOf(parts, i)));
            if (parent != null) {
                return parent.source().locationOrFile();
            }
        }
        return Location.fileOnly(file.path());
    }
}
