package dev.protovet.engine.rules.builtin;

import dev.protovet.engine.model.Field;
import dev.protovet.engine.model.MessageType;
import dev.protovet.engine.pair.MessagePair;
import dev.protovet.engine.rules.Findings;
import dev.protovet.engine.rules.MessagePairRule;
import java.util.Map;

/**
 * FIELD_NO_DELETE and its two lenient forms: a field number may not disappear from a message, unless (for the
 * lenient forms) its number, or its name, is reserved now.
 */
public final class FieldNoDelete implements MessagePairRule {

    /** What makes a deletion acceptable. */
    public enum Unless { NEVER, NUMBER_RESERVED, NAME_RESERVED }

    private final Unless unless;

    public FieldNoDelete(Unless unless) {
        this.unless = unless;
    }

    @Override
    public void check(MessagePair pair, Findings out) {
        MessageType current = pair.current();
        Map<Integer, Field> now = pair.currentFields();
        for (Field field : pair.previousFields().values()) {
            if (now.containsKey(field.number()) || allowed(field, current)) {
                continue;
            }
            String suffix = switch (unless) {
                case NEVER -> "";
                case NUMBER_RESERVED -> " without reserving the number \"" + field.number() + "\"";
                case NAME_RESERVED -> " without reserving the name \"" + field.name() + "\"";
            };
            String description = field.description();
            out.about(current.fullName() + "." + field.name()).add(current.source(), pair.previous().source(), "Previously present "
                    + Character.toLowerCase(description.charAt(0)) + description.substring(1) + " was deleted" + suffix + ".");
        }
    }

    private boolean allowed(Field field, MessageType current) {
        return switch (unless) {
            case NEVER -> false;
            case NUMBER_RESERVED -> current.reservedRanges().stream().anyMatch(r -> r.contains(field.number()));
            case NAME_RESERVED -> current.reservedNames().contains(field.name());
        };
    }
}
