package dev.protovet.engine.rules.builtin;

import dev.protovet.engine.model.Source;
import dev.protovet.engine.rules.Findings;

/** The report shared by every FILE_SAME_* rule. */
final class FileSameValue {
    private FileSameValue() {
    }

    /**
     * Reports when a file-level value changed, at the value's declaration in the current file; a value that is no
     * longer declared is reported at the start of the file, as buf does.
     */
    static void check(String previousValue, String currentValue, Source currentSource,
                      Source previousSource, String what, Findings out) {
        if (!previousValue.equals(currentValue)) {
            out.add(currentSource.locationOrFile(), previousSource.locationOrFile(),
                    "File " + what + " changed from \"" + previousValue + "\" to \"" + currentValue + "\".");
        }
    }
}
