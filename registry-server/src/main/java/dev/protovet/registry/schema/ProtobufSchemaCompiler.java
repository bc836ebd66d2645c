package dev.protovet.registry.schema;

import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.squareup.wire.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a schema as a client sent it (.proto text, or base64 of a serialized FileDescriptorProto) into descriptors. */
public final class ProtobufSchemaCompiler {
    private static final Logger LOG = LoggerFactory.getLogger(ProtobufSchemaCompiler.class);
    /** Descriptors of well-known imports: the same for every schema that imports them. */
    private final Map<String, FileDescriptorProto> wellKnownDescriptors = new ConcurrentHashMap<>();

    /**
     * Compiles one schema.
     *
     * @param fileName     the path the root file gets in its descriptor (for example {@code orders-value.proto})
     * @param schema       {@code .proto} text, or base64 of a serialized {@code FileDescriptorProto}
     * @param dependencies import path to {@code .proto} text of every referenced file, transitive ones included;
     *                     well-known imports ({@code google/protobuf/*}, {@code google/type/*}) need not be given
     * @param normalize    Confluent's {@code normalize=true}: the canonical text is also normalized
     * @throws InvalidSchemaException when the schema does not parse or link, naming file:line:col
     */
    public CompiledSchema compile(String fileName, String schema, Map<String, String> dependencies, boolean normalize)
            throws InvalidSchemaException {
        try {
            return compileChecked(fileName, schema, dependencies, normalize);
        } catch (SchemaProblem problem) {
            throw new InvalidSchemaException(fileName + ":" + problem.line() + ":" + problem.column() + ": "
                    + problem.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // Wire or the converter failed on input nothing before them refused: the schema is still refused, with
            // a message a client can read; the trace is logged, since a valid schema failing here would be a bug
            LOG.warn("compiling {} failed unexpectedly", fileName, e);
            throw new InvalidSchemaException(fileName + ": the schema cannot be compiled"
                    + (e instanceof StackOverflowError ? ": it is nested too deeply" : ""));
        }
    }

    private CompiledSchema compileChecked(String fileName, String schema, Map<String, String> dependencies,
                                          boolean normalize) throws InvalidSchemaException {
        var descriptor = SerializedSchema.decode(schema);
        if (descriptor.isEmpty()) {
            if (SerializedSchema.looksLikeBase64(schema)) {
                throw new InvalidSchemaException(fileName + ": the schema is neither .proto text nor base64 of a "
                        + "serialized FileDescriptorProto");
            }
            return compileText(fileName, schema, dependencies, normalize);
        }
        SerializedSchemaChecks.check(fileName, descriptor.get());
        String text;
        try {
            text = DescriptorPrinter.print(descriptor.get());
        } catch (IllegalArgumentException e) {
            throw new InvalidSchemaException(fileName + ": " + e.getMessage());
        }
        try {
            return compileText(fileName, text, dependencies, normalize);
        } catch (InvalidSchemaException e) {
            // lines and columns would point into text the client never saw
            throw new InvalidSchemaException(e.getMessage().replaceAll("(?m)^(\\S+?):\\d+:\\d+: ", "$1: "));
        }
    }

    private CompiledSchema compileText(String fileName, String text, Map<String, String> dependencies,
                                       boolean normalize) throws InvalidSchemaException {
        ParsedFile root = ParsedFile.parse(fileName, text);
        List<ParsedFile> files = ImportClosure.of(root, dependencies);
        Schema linked = WireLinker.link(files, fileName);
        DescriptorConverter converter = new DescriptorConverter(linked);
        List<FileDescriptorProto> imported = new ArrayList<>(files.size() - 1);
        for (ParsedFile file : files.subList(0, files.size() - 1)) {
            if (!dependencies.containsKey(file.path())) {
                imported.add(wellKnownDescriptors.computeIfAbsent(file.path(),
                        path -> converter.convert(path, file.element(), linked.protoFile(path), file.layout())));
            } else {
                imported.add(convert(converter, file, linked));
            }
        }
        FileDescriptorProto rootDescriptor = convert(converter, root, linked);
        List<FileDescriptorProto> all = new ArrayList<>(imported);
        all.add(rootDescriptor);
        DescriptorChecks.check(all);
        return new CompiledSchema(text, CanonicalText.of(root.element(), linked, normalize), rootDescriptor, imported);
    }

    private static FileDescriptorProto convert(DescriptorConverter converter, ParsedFile file, Schema linked)
            throws InvalidSchemaException {
        try {
            return converter.convert(file.path(), file.element(), linked.protoFile(file.path()), file.layout());
        } catch (SchemaProblem problem) {
            throw new InvalidSchemaException(file.path() + ":" + problem.line() + ":" + problem.column() + ": "
                    + problem.getMessage());
        }
    }
}
