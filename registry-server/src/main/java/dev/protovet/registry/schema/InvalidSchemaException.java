package dev.protovet.registry.schema;

/** A schema that does not parse or link; the message names the file, line and column of each problem. */
public final class InvalidSchemaException extends Exception {
    public InvalidSchemaException(String message) {
        super(message);
    }
}
