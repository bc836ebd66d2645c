package dev.protovet.engine.pair;

import dev.protovet.engine.model.EnumType;
import dev.protovet.engine.model.Field;

/**
 * The same field number in a paired message, or the same extension number of the same extendee. For enum fields
 * the pairing also resolves each side's enum type (null when it is not an enum or not in the image). {@code element}
 * names the field now: {@code acme.Person.email}, or an extension's full name.
 */
public record FieldPair(Field previous, Field current, EnumType previousEnum, EnumType currentEnum, String element) {
}
