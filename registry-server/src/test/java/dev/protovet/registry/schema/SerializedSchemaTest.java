package dev.protovet.registry.schema;

import static dev.protovet.registry.schema.DescriptorAssertions.assertSameContent;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Schemas registered as base64 of a FileDescriptorProto, as Confluent's non-Java serializers send them. */
class SerializedSchemaTest {
    private static final Map<String, String> REFERENCES = Map.of(
            "acme/common/ref.proto", ProtocOracle.read("acme/common/ref.proto"),
            "acme/common/money.proto", ProtocOracle.read("acme/common/money.proto"));

    private final ProtobufSchemaCompiler compiler = new ProtobufSchemaCompiler();

    @ParameterizedTest
    @ValueSource(strings = {"orders.proto", "legacy.proto", "plain.proto", "acme/common/money.proto"})
    void aDescriptorFromProtocCompilesBackToTheSameDescriptor(String file) throws Exception {
        FileDescriptorProto fromProtoc = ProtocOracle.root(ProtocOracle.compile(file), file);
        String base64 = Base64.getEncoder().encodeToString(
                fromProtoc.toBuilder().clearSourceCodeInfo().build().toByteArray());

        CompiledSchema compiled = compiler.compile(file, base64, REFERENCES, false);

        assertSameContent(compiled.file(), fromProtoc);
        assertThat(compiled.canonicalText()).startsWith("syntax = ");
        assertThat(SerializedSchema.encode(compiled.file())).isEqualTo(base64);
    }

    @ParameterizedTest
    @ValueSource(strings = {"orders.proto", "legacy.proto"})
    void printedTextCompilesToTheSameDescriptor(String file) throws Exception {
        FileDescriptorProto fromProtoc = ProtocOracle.root(ProtocOracle.compile(file), file);
        String text = DescriptorPrinter.print(fromProtoc);
        assertSameContent(compiler.compile(file, text, REFERENCES, false).file(), fromProtoc);
    }
}
