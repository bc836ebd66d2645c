package dev.protovet.registry.schema;

import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import java.util.List;

/**
 * A schema compiled: the {@code .proto} text that was compiled (what the client sent, comments and layout kept, or
 * the text printed from a serialized descriptor), its canonical text (what identifies it: no comments, one layout),
 * the root file's descriptor with source info pointing into the compiled text, and the descriptors of every file it
 * imports, directly or not, in dependency order (dependencies before dependents).
 */
public record CompiledSchema(String sourceText, String canonicalText, FileDescriptorProto file,
                             List<FileDescriptorProto> dependencies) {
    public CompiledSchema {
        dependencies = List.copyOf(dependencies);
    }
}
