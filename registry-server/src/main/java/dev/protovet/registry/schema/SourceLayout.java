package dev.protovet.registry.schema;

import com.google.protobuf.DescriptorProtos.SourceCodeInfo;
import java.util.List;
import java.util.Set;

/**
 * What only the text itself tells: protoc's source locations, the imports in the order they were written (Wire
 * keeps plain and public imports apart, the descriptor's dependency list interleaves them), and the paths of the
 * methods written with a body ({@code rpc A(B) returns (C) {}}), which protoc gives options even when empty.
 */
record SourceLayout(SourceCodeInfo sourceCodeInfo, List<Import> imports, Set<List<Integer>> methodsWithBody) {
    SourceLayout {
        imports = List.copyOf(imports);
        methodsWithBody = Set.copyOf(methodsWithBody);
    }

    /** One {@code import} statement, at a 1-based line and column. */
    record Import(String path, boolean isPublic, boolean isWeak, int line, int column) {
    }
}
