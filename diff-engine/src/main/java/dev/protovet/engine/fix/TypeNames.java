package dev.protovet.engine.fix;

import dev.protovet.engine.model.ProtoFile;
import dev.protovet.engine.pair.Declarations;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How the current image lets a file name a type: within its own package the shortest name that protoc's scoping
 * resolves to it from the declaring message, else the full name, else the fully-qualified {@code .pkg.Type}; and
 * which file to import for it. A well-known type is always importable, so one that only the previous image has
 * (its import was dropped with the field) is named too.
 */
final class TypeNames {
    private static final String WELL_KNOWN = "google/protobuf/";

    private final Declarations current;
    private final Declarations previous;
    /** Names that stop protoc's outward search for a name's first part: messages, enums, services, packages. */
    private final Set<String> aggregates = new HashSet<>();

    TypeNames(Declarations current, Declarations previous) {
        this.current = current;
        this.previous = previous;
        aggregates.addAll(current.messages().keySet());
        aggregates.addAll(current.enums().keySet());
        aggregates.addAll(current.services().keySet());
        current.packages().keySet().forEach(this::addWithParents);
    }

    private void addWithParents(String name) {
        for (String prefix = name; !prefix.isEmpty(); prefix = parent(prefix)) {
            aggregates.add(prefix);
        }
    }

    /** A type the current image declares, as one file refers to it. */
    record Reference(String name, String file) {
    }

    /**
     * The type of this full name (with or without its leading dot) as written inside {@code scope} (the full name of
     * the message the field is declared in, in package {@code pkg}); empty when the current image has no such type.
     */
    Optional<Reference> refer(String typeName, String scope, String pkg) {
        String target = typeName.startsWith(".") ? typeName.substring(1) : typeName;
        ProtoFile file = fileOf(current, target);
        if (file == null) {
            file = fileOf(previous, target);
            if (file == null || !file.path().startsWith(WELL_KNOWN)) {
                return Optional.empty();
            }
            addWithParents(target); // importing the file declares these
        }
        return Optional.of(new Reference(shortest(target, scope, pkg), file.path()));
    }

    private static ProtoFile fileOf(Declarations image, String fullName) {
        return image.messages().containsKey(fullName) ? image.fileOfMessage(fullName)
                : image.enums().containsKey(fullName) ? image.fileOfEnum(fullName) : null;
    }

    private String shortest(String target, String scope, String pkg) {
        List<String> candidates = new ArrayList<>();
        for (String prefix = scope; prefix.length() > pkg.length(); prefix = parent(prefix)) {
            if (target.startsWith(prefix + ".")) {
                candidates.add(target.substring(prefix.length() + 1));
            }
        }
        if (!pkg.isEmpty() && target.startsWith(pkg + ".")) {
            candidates.add(target.substring(pkg.length() + 1));
        }
        candidates.add(target);
        return candidates.stream().filter(c -> resolve(c, scope).equals(target)).findFirst().orElse("." + target);
    }

    /** What protoc makes of a relative name in {@code scope}: the first scope outwards holding its first part. */
    private String resolve(String name, String scope) {
        int dot = name.indexOf('.');
        String first = dot < 0 ? name : name.substring(0, dot);
        for (String prefix = scope; ; prefix = parent(prefix)) {
            String qualified = prefix.isEmpty() ? first : prefix + "." + first;
            if (aggregates.contains(qualified)) {
                return prefix.isEmpty() ? name : prefix + "." + name;
            }
            if (prefix.isEmpty()) {
                return "";
            }
        }
    }

    private static String parent(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(0, dot);
    }
}
