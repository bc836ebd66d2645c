package dev.protovet.engine.rules.builtin;

import dev.protovet.engine.model.Location;
import dev.protovet.engine.pair.Pairing;
import dev.protovet.engine.rules.Findings;
import dev.protovet.engine.rules.ImageRule;

/** FILE_NO_DELETE: a file may not disappear. */
public final class FileNoDelete implements ImageRule {
    @Override
    public void check(Pairing pairing, Findings out) {
        for (String path : pairing.previous().files().keySet()) {
            if (!pairing.current().files().containsKey(path)) {
                out.about(path).add(Location.nowhere(), Location.fileOnly(path), "Previously present file \"" + path + "\" was deleted.");
            }
        }
    }
}
