package dev.protovet.registry.schema;

import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import java.util.List;

/**
 * A schema compiled: its canonical {@code .proto} text (what the registry stores, compares and returns), the root
 * file's descriptor with source info pointing into the text that was compiled, and the descriptors of every file it
 * imports, directly or not, in dependency order (dependencies before dependents).
 */
public record CompiledSchema(String canonicalText, FileDescriptorProto file, List<FileDescriptorProto> dependencies) {
    public CompiledSchema {
        dependencies = List.copyOf(dependencies);
    }
}
