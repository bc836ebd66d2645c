package dev.protovet.engine.rules.builtin;

import dev.protovet.engine.model.Location;
import dev.protovet.engine.model.ProtoFile;
import dev.protovet.engine.model.Source;
import dev.protovet.engine.pair.Pairing;
import dev.protovet.engine.rules.Findings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The shared walk of the PACKAGE_*_NO_DELETE rules: for every package that still exists, every element declared
 * in it before (by nested name) must still be declared somewhere in it.
 */
final class PackageDeletions {
    private PackageDeletions() {
    }

    /**
     * @param kind     "enum", "message", ... as the message names it
     * @param declared the elements one file declares, by nested name, with their sources
     * @param place    where to report a deletion, given the current file that still has the element's old path
     *                 and the package's current elements by nested name
     */
    static void check(Pairing pairing, Findings out, String kind, Function<ProtoFile, Map<String, Source>> declared,
                      BiFunction<ProtoFile, String, Location> place) {
        pairing.previous().packages().forEach((pkg, previousFiles) -> {
            List<ProtoFile> currentFiles = pairing.current().packages().get(pkg);
            if (currentFiles == null) {
                return;
            }
            Map<String, Source> now = inPackage(currentFiles, declared);
            for (ProtoFile previousFile : previousFiles) {
                declared.apply(previousFile).forEach((name, source) -> {
                    if (now.containsKey(name)) {
                        return;
                    }
                    String message = "Previously present " + kind + " \"" + name + "\" was deleted from package \"" + pkg + "\".";
                    ProtoFile stillThere = pairing.current().files().get(previousFile.path());
                    Location location = stillThere == null ? Location.nowhere() : place.apply(stillThere, name);
                    out.about(pkg.isEmpty() ? name : pkg + "." + name).add(location, source.locationOrFile(), message);
                });
            }
        });
    }

    /** The sources of declarations found by nested name. */
    static <T> Map<String, Source> sources(Map<String, T> declared, Function<T, Source> source) {
        Map<String, Source> out = new LinkedHashMap<>();
        declared.forEach((name, element) -> out.put(name, source.apply(element)));
        return out;
    }

    private static Map<String, Source> inPackage(List<ProtoFile> files, Function<ProtoFile, Map<String, Source>> declared) {
        Map<String, Source> all = new LinkedHashMap<>();
        files.forEach(f -> all.putAll(declared.apply(f)));
        return all;
    }
}
