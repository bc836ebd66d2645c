package dev.protovet.registry.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Collects the files a root imports, directly or not, in dependency order (imports before importers): references
 * the client supplied, else well-known imports. Parsed well-known files are immutable and kept for the process.
 */
final class ImportClosure {
    private static final Map<String, ParsedFile> PARSED_WELL_KNOWN = new ConcurrentHashMap<>();

    private final Map<String, String> references;
    private final Map<String, ParsedFile> ordered = new LinkedHashMap<>();
    private final Set<String> visiting = new HashSet<>();

    private ImportClosure(Map<String, String> references) {
        this.references = references;
    }

    /** The root's imports, transitively, in dependency order; the root itself comes last. */
    static List<ParsedFile> of(ParsedFile root, Map<String, String> references) throws InvalidSchemaException {
        ImportClosure closure = new ImportClosure(references);
        closure.visit(root);
        return new ArrayList<>(closure.ordered.values());
    }


    private void visit(ParsedFile file) throws InvalidSchemaException {
        visiting.add(file.path());
        for (SourceLayout.Import imported : file.layout().imports()) {
            String path = imported.path();
            if (ordered.containsKey(path)) {
                continue;
            }
            if (visiting.contains(path)) {
                throw new InvalidSchemaException(file.path() + ":" + imported.line() + ":" + imported.column()
                        + ": import \"" + path + "\" forms a cycle");
            }
            visit(load(file, imported));
        }
        visiting.remove(file.path());
        ordered.put(file.path(), file);
    }

    private ParsedFile load(ParsedFile importer, SourceLayout.Import imported) throws InvalidSchemaException {
        String path = imported.path();
        String reference = references.get(path);
        if (reference != null) {
            return ParsedFile.parse(path, reference);
        }
        if (WellKnownImports.text(path).isEmpty()) {
            throw new InvalidSchemaException(importer.path() + ":" + imported.line() + ":" + imported.column()
                    + ": import \"" + path + "\" is neither a reference nor a well-known type");
        }
        return wellKnown(path);
    }

    /** A well-known import, parsed once for the process. */
    static ParsedFile wellKnown(String path) throws InvalidSchemaException {
        ParsedFile cached = PARSED_WELL_KNOWN.get(path);
        if (cached == null) {
            cached = ParsedFile.parse(path, WellKnownImports.text(path).orElseThrow());
            PARSED_WELL_KNOWN.putIfAbsent(path, cached);
        }
        return cached;
    }
}
