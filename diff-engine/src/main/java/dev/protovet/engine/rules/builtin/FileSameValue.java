package dev.protovet.engine.rules.builtin;

import dev.protovet.engine.model.Location;
import dev.protovet.engine.model.ProtoFile;
import dev.protovet.engine.model.Source;
import dev.protovet.engine.rules.Findings;

/** The report shared by every FILE_SAME_* rule. */
final class FileSameValue {
    private FileSameValue() {
    }

    /**
     * Reports when a file-level value changed, at the value's declaration in the current file. Like buf, a value
     * that is no longer declared has no location to point at, so the finding carries no file.
     */
    static void check(ProtoFile current, String previousValue, String currentValue, Source currentSource,
                      Source previousSource, String what, Findings out) {
        if (!previousValue.equals(currentValue)) {
            Location location = currentSource.location();
            Location against = previousSource.location();
            out.add(location == null ? Location.nowhere() : location,
                    against == null ? Location.fileOnly(previousSource.filePath()) : against,
                    "File " + what + " changed from \"" + previousValue + "\" to \"" + currentValue + "\".");
        }
    }
}
