package dev.protovet.engine.rules.builtin;

import dev.protovet.engine.model.EnumType;
import dev.protovet.engine.pair.Declarations;
import dev.protovet.engine.pair.Pairing;
import dev.protovet.engine.rules.Findings;
import dev.protovet.engine.rules.ImageRule;

/** PACKAGE_ENUM_NO_DELETE: an enum may move between files of its package, but not leave the package. */
public final class PackageEnumNoDelete implements ImageRule {
    @Override
    public void check(Pairing pairing, Findings out) {
        PackageDeletions.check(pairing, out, "enum",
                file -> PackageDeletions.sources(Declarations.nestedEnums(file), EnumType::source),
                DeletedElement::location);
    }
}
