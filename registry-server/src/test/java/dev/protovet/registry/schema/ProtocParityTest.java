package dev.protovet.registry.schema;

import static dev.protovet.registry.schema.DescriptorAssertions.assertSameContent;
import static dev.protovet.registry.schema.DescriptorAssertions.assertSameLocations;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every test schema compiles to what protoc produces: the same descriptors, the same source spans. */
class ProtocParityTest {
    private static final Map<String, String> REFERENCES = Map.of(
            "acme/common/ref.proto", ProtocOracle.read("acme/common/ref.proto"),
            "acme/common/money.proto", ProtocOracle.read("acme/common/money.proto"));

    private final ProtobufSchemaCompiler compiler = new ProtobufSchemaCompiler();

    @TestFactory
    Stream<DynamicTest> matchesProtoc() {
        return Stream.of("orders.proto", "legacy.proto", "plain.proto", "acme/common/money.proto", "connect.proto")
                .map(file -> DynamicTest.dynamicTest(file, () -> check(file)));
    }

    private void check(String file) throws Exception {
        FileDescriptorSet expected = ProtocOracle.compile(file);
        CompiledSchema compiled = compiler.compile(file, ProtocOracle.read(file), REFERENCES, false);

        FileDescriptorProto expectedRoot = ProtocOracle.root(expected, file);
        assertSameContent(compiled.file(), expectedRoot);
        assertSameLocations(compiled.file(), expectedRoot);

        assertThat(compiled.dependencies()).extracting(FileDescriptorProto::getName)
                .containsExactlyElementsOf(expected.getFileList().stream().map(FileDescriptorProto::getName)
                        .filter(name -> !name.equals(file)).toList());
        for (FileDescriptorProto dependency : compiled.dependencies()) {
            assertSameContent(dependency, ProtocOracle.root(expected, dependency.getName()));
        }
    }
}
