package dev.protovet.inputs.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The references to send with a schema, so that a file with imports can be registered or checked without spelling
 * them out. For each import: the reference given explicitly, else the one the subject's latest version already
 * has for that import, else the latest version of the subject named like the import path (the subject Confluent's
 * serializers register imports under). Well-known imports need none.
 */
public final class SchemaReferences {
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(?:public\\s+|weak\\s+)?\"([^\"]+)\"\\s*;",
            Pattern.MULTILINE);

    private SchemaReferences() {
    }

    public static List<RegistryClient.Reference> infer(RegistryClient client, String subject, String schema,
                                                       List<RegistryClient.Reference> explicit) {
        Map<String, RegistryClient.Reference> byName = new LinkedHashMap<>();
        explicit.forEach(r -> byName.put(r.name(), r));
        List<String> imports = imports(schema);
        if (imports.stream().allMatch(i -> byName.containsKey(i) || wellKnown(i))) {
            return List.copyOf(byName.values());
        }
        Map<String, RegistryClient.Reference> previous = new LinkedHashMap<>();
        client.findVersion(subject, "latest").ifPresent(v -> v.references().forEach(r -> previous.put(r.name(), r)));
        List<RegistryClient.Reference> out = new ArrayList<>();
        for (String name : imports) {
            if (byName.containsKey(name)) {
                out.add(byName.remove(name));
            } else if (previous.containsKey(name)) {
                out.add(previous.get(name));
            } else if (!wellKnown(name)) {
                Optional<RegistryClient.SchemaVersion> own = client.findVersion(name, "latest");
                own.ifPresent(v -> out.add(new RegistryClient.Reference(name, name, v.version())));
            }
        }
        out.addAll(byName.values());
        return List.copyOf(out);
    }

    /** The import paths a .proto text names, in order. */
    static List<String> imports(String schema) {
        List<String> out = new ArrayList<>();
        Matcher m = IMPORT.matcher(schema);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    static boolean wellKnown(String importPath) {
        return importPath.startsWith("google/protobuf/") || importPath.startsWith("google/type/");
    }

    /** Parses {@code import=subject[:version]} as given on a command line. */
    public static RegistryClient.Reference parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new IllegalArgumentException("expected <import path>=<subject>[:<version>], got '" + text + "'");
        }
        String name = text.substring(0, eq);
        String target = text.substring(eq + 1);
        int colon = target.lastIndexOf(':');
        if (colon > 0 && target.substring(colon + 1).matches("-?\\d+")) {
            return new RegistryClient.Reference(name, target.substring(0, colon), Integer.parseInt(target.substring(colon + 1)));
        }
        return new RegistryClient.Reference(name, target, -1);
    }
}
