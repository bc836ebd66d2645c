package dev.protovet.engine.rules.builtin;

import dev.protovet.engine.model.Field;
import dev.protovet.engine.pair.Declarations;
import dev.protovet.engine.pair.Pairing;
import dev.protovet.engine.rules.Findings;
import dev.protovet.engine.rules.ImageRule;

/** PACKAGE_EXTENSION_NO_DELETE: an extension may move between files of its package, but not leave the package. */
public final class PackageExtensionNoDelete implements ImageRule {
    @Override
    public void check(Pairing pairing, Findings out) {
        PackageDeletions.check(pairing, out, "extension",
                file -> PackageDeletions.sources(Declarations.nestedExtensions(file), Field::source),
                DeletedElement::location);
    }
}
