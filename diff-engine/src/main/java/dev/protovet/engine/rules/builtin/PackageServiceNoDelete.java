package dev.protovet.engine.rules.builtin;

import dev.protovet.engine.model.Location;
import dev.protovet.engine.model.Source;
import dev.protovet.engine.pair.Pairing;
import dev.protovet.engine.rules.Findings;
import dev.protovet.engine.rules.ImageRule;
import java.util.LinkedHashMap;
import java.util.Map;

/** PACKAGE_SERVICE_NO_DELETE: a service may move between files of its package, but not leave the package. */
public final class PackageServiceNoDelete implements ImageRule {
    @Override
    public void check(Pairing pairing, Findings out) {
        PackageDeletions.check(pairing, out, "service", file -> {
            Map<String, Source> sources = new LinkedHashMap<>();
            file.services().forEach(s -> sources.put(s.name(), s.source()));
            return sources;
        }, (file, name) -> Location.fileOnly(file.path()));
    }
}
