package dev.protovet.engine.rules.builtin;

import dev.protovet.engine.model.Location;
import dev.protovet.engine.model.ProtoFile;
import dev.protovet.engine.pair.Pairing;
import dev.protovet.engine.rules.Findings;
import dev.protovet.engine.rules.ImageRule;

/** PACKAGE_NO_DELETE: a package may not disappear from the whole image. */
public final class PackageNoDelete implements ImageRule {
    @Override
    public void check(Pairing pairing, Findings out) {
        pairing.previous().packages().forEach((pkg, files) -> {
            if (!pairing.current().packages().containsKey(pkg)) {
                // The first previous file (by path) stands for the package, so ignores can apply to it.
                String first = files.stream().map(ProtoFile::path).sorted().findFirst().orElse(null);
                out.about(pkg).add(Location.nowhere(), first == null ? null : Location.fileOnly(first),
                        "Previously present package \"" + pkg + "\" was deleted.");
            }
        });
    }

}
