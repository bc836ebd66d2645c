package dev.protovet.engine.rules.builtin;

import dev.protovet.engine.model.MessageType;
import dev.protovet.engine.pair.Declarations;
import dev.protovet.engine.pair.Pairing;
import dev.protovet.engine.rules.Findings;
import dev.protovet.engine.rules.ImageRule;
import java.util.LinkedHashMap;
import java.util.Map;

/** PACKAGE_MESSAGE_NO_DELETE: a message may move between files of its package, but not leave the package. */
public final class PackageMessageNoDelete implements ImageRule {
    @Override
    public void check(Pairing pairing, Findings out) {
        PackageDeletions.check(pairing, out, "message",
                file -> PackageDeletions.sources(Declarations.nestedMessages(file), MessageType::source),
                (file, name) -> {
                    // The surviving parent may live in any file of the package.
                    Map<String, MessageType> inPackage = new LinkedHashMap<>();
                    pairing.current().packages().get(file.packageName())
                            .forEach(f -> inPackage.putAll(Declarations.nestedMessages(f)));
                    return DeletedElement.location(file, inPackage, name);
                });
    }
}
