package dev.protovet.engine.confluent;

import dev.protovet.engine.model.Location;
import dev.protovet.engine.model.Source;

/**
 * One difference as Confluent's provider reports it: its type and path ({@code #/Outer/Inner/3}, a oneof's fields
 * under the oneof's name), with a sentence naming the element. {@code current} is where the element is in the current
 * image, or its nearest surviving parent when it is gone; null means the start of {@code currentFile}.
 * {@code previous} is the element in the previous image, null when it is new.
 */
public record Difference(DifferenceType type, String path, String description, Source current, String currentFile,
                         Source previous) {

    /** Where to report it in the current image. */
    public Location location() {
        return current == null ? Location.fileOnly(currentFile) : current.locationOrFile();
    }

    /** Where the element was in the previous image, or null. */
    public Location againstLocation() {
        return previous == null ? null : previous.locationOrFile();
    }

    /** {@code TYPE #/path}, as Confluent's tests list differences. */
    @Override
    public String toString() {
        return type + " " + path;
    }
}
