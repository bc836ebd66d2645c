package dev.protovet.engine.rules.builtin;

import dev.protovet.engine.model.MessageType;
import dev.protovet.engine.model.Source;
import dev.protovet.engine.pair.Declarations;
import dev.protovet.engine.pair.Pairing;
import dev.protovet.engine.rules.Findings;
import dev.protovet.engine.rules.ImageRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** PACKAGE_MESSAGE_NO_DELETE: a message may move between files of its package, but not leave the package. */
public final class PackageMessageNoDelete implements ImageRule {
    @Override
    public void check(Pairing pairing, Findings out) {
        PackageDeletions.check(pairing, out, "message", file -> {
            Map<String, Source> sources = new LinkedHashMap<>();
            Declarations.nestedMessages(file).forEach((name, m) -> sources.put(name, m.source()));
            return sources;
        }, (file, name) -> {
            // The surviving parent may live in any file of the package.
            Map<String, MessageType> inPackage = new LinkedHashMap<>();
            List.copyOf(pairing.current().packages().get(file.packageName()))
                    .forEach(f -> inPackage.putAll(Declarations.nestedMessages(f)));
            return DeletedElement.location(file, inPackage, name);
        });
    }
}
