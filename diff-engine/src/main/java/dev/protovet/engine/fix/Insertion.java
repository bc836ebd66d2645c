package dev.protovet.engine.fix;

/** Text to insert into a file before the byte at {@code offset} of its original content. */
public record Insertion(int offset, String text) {
}
