package dev.protovet.registry.schema;

import com.squareup.wire.schema.ErrorCollector;
import com.squareup.wire.schema.Linker;
import com.squareup.wire.schema.Loader;
import com.squareup.wire.schema.ProtoFile;
import com.squareup.wire.schema.Schema;
import com.squareup.wire.schema.SchemaException;
import com.squareup.wire.schema.internal.parser.ProtoFileElement;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Links parsed files with Wire's linker, which resolves type references and checks the schema. Wire's loader would
 * read and parse every file again, descriptor.proto (62 KB) included, on every compile; this loader hands the
 * linker the parse trees already made, so a compile parses only the client's own files. A parse tree is immutable;
 * each link gets fresh {@link ProtoFile}s made from it, so concurrent compiles share nothing mutable.
 */
final class WireLinker {
    private static final String DESCRIPTOR = "google/protobuf/descriptor.proto";
    private static final String WIRE_EXTENSIONS = "wire/extensions.proto";
    private static volatile ProtoFileElement wireExtensions;
    private static volatile ProtoFileElement optionsDescriptor;
    /** Messages of descriptor.proto that options use, besides the options messages themselves. */
    private static final java.util.Set<String> OPTION_TYPES = java.util.Set.of("UninterpretedOption", "FeatureSet");

    private WireLinker() {
    }

    /** The linked schema of {@code files} (a root and everything it imports); {@code rootPath} names errors. */
    static Schema link(Collection<ParsedFile> files, String rootPath) throws InvalidSchemaException {
        Map<String, ProtoFileElement> elements = new LinkedHashMap<>();
        files.forEach(f -> elements.put(f.path(), f.element()));
        List<ProtoFile> sources = new ArrayList<>();
        files.forEach(f -> sources.add(ProtoFile.Companion.get(weakAsPlain(f.element()))));
        try {
            return new Linker(new ParsedLoader(elements, new ErrorCollector()), new ErrorCollector(), false, true)
                    .link(sources);
        } catch (SchemaException e) {
            throw new InvalidSchemaException(WireErrors.linkErrors(e.getMessage(), rootPath));
        } catch (RuntimeException e) {
            throw new InvalidSchemaException(WireErrors.parseError(e.getMessage(), rootPath));
        }
    }

    /**
     * Wire does not count a weak import as making its types visible (protoc does), so hand it weak imports as plain
     * ones; the descriptor's dependency list comes from the text's layout, not from this.
     */
    private static ProtoFileElement weakAsPlain(ProtoFileElement element) {
        if (element.getWeakImports().isEmpty()) {
            return element;
        }
        List<String> imports = new ArrayList<>(element.getImports());
        imports.addAll(element.getWeakImports());
        return new ProtoFileElement(element.getLocation(), element.getPackageName(), element.getSyntax(), imports,
                element.getPublicImports(), List.of(), element.getTypes(), element.getServices(),
                element.getExtendDeclarations(), element.getOptions());
    }

    /** Serves the compile's parse trees; descriptor.proto, which the linker always wants for options, from the cache. */
    private record ParsedLoader(Map<String, ProtoFileElement> elements, ErrorCollector errors) implements Loader {
        @Override
        public ProtoFile load(String path) {
            ProtoFileElement element = elements.get(path);
            if (element == null && path.equals(DESCRIPTOR)) {
                element = descriptorElement();
            } else if (element == null && path.equals(WIRE_EXTENSIONS)) {
                element = wireExtensionsElement();
            }
            if (element == null) {
                errors.plusAssign("unable to find " + path);
                return ProtoFile.Companion.get(new ProtoFileElement(
                        com.squareup.wire.schema.Location.get(WireErrors.ROOT, path), null, null, List.of(), List.of(),
                        List.of(), List.of(), List.of(), List.of(), List.of()));
            }
            return ProtoFile.Companion.get(element);
        }

        @Override
        public Loader withErrors(ErrorCollector newErrors) {
            return new ParsedLoader(elements, newErrors);
        }
    }

    /** Wire's own options file, which its linker loads with every schema; parsed once from Wire's jar. */
    private static ProtoFileElement wireExtensionsElement() {
        ProtoFileElement element = wireExtensions;
        if (element == null) {
            try (java.io.InputStream in = Linker.class.getResourceAsStream("/" + WIRE_EXTENSIONS)) {
                if (in == null) {
                    throw new IllegalStateException("Wire's jar has no " + WIRE_EXTENSIONS);
                }
                String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                element = com.squareup.wire.schema.internal.parser.ProtoParser.Companion.parse(
                        com.squareup.wire.schema.Location.get(WireErrors.ROOT, WIRE_EXTENSIONS), text);
                wireExtensions = element;
            } catch (java.io.IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return element;
    }

    /**
     * descriptor.proto as the linker needs it when the schema does not import it: the options messages and what they
     * use, without the descriptor messages themselves (FileDescriptorProto and the rest), which Wire would otherwise
     * link and validate again on every compile though nothing refers to them. A schema that imports descriptor.proto
     * (custom options) gets the whole file.
     */
    private static ProtoFileElement descriptorElement() {
        ProtoFileElement element = optionsDescriptor;
        if (element == null) {
            ProtoFileElement whole;
            try {
                whole = ImportClosure.wellKnown(DESCRIPTOR).element();
            } catch (InvalidSchemaException e) {
                throw new IllegalStateException("protobuf-java's descriptor.proto does not parse", e);
            }
            List<com.squareup.wire.schema.internal.parser.TypeElement> types = whole.getTypes().stream()
                    .filter(t -> !(t instanceof com.squareup.wire.schema.internal.parser.MessageElement)
                            || t.getName().endsWith("Options") || OPTION_TYPES.contains(t.getName()))
                    .toList();
            element = new ProtoFileElement(whole.getLocation(), whole.getPackageName(), whole.getSyntax(),
                    whole.getImports(), whole.getPublicImports(), whole.getWeakImports(), types, whole.getServices(),
                    whole.getExtendDeclarations(), whole.getOptions());
            optionsDescriptor = element;
        }
        return element;
    }
}
