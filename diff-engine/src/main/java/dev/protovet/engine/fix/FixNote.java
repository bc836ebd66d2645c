package dev.protovet.engine.fix;

/** Something a fix left undone or did otherwise than asked, in a file (its image path), as a full sentence. */
public record FixNote(String path, String message) {
}
