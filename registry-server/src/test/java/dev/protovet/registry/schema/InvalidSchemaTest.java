package dev.protovet.registry.schema;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Invalid schemas are rejected with one message naming file:line:col, never a stack trace or a class name. */
class InvalidSchemaTest {
    private final ProtobufSchemaCompiler compiler = new ProtobufSchemaCompiler();

    @Test
    void aMissingSemicolon() {
        assertRejected("""
                syntax = "proto3";
                message A {
                  string x = 1
                }
                """, "orders-value.proto:4:", "expected ';'");
    }

    @Test
    void anUnknownType() {
        assertRejected("""
                syntax = "proto3";
                message A {
                  Missing x = 1;
                }
                """, "orders-value.proto:3:3: ", "unable to resolve Missing");
    }

    @Test
    void aDuplicateFieldNumber() {
        assertRejected("""
                syntax = "proto3";
                message A {
                  string x = 1;
                  string y = 1;
                }
                """, "orders-value.proto:", "multiple fields share tag 1");
    }

    @Test
    void anImportThatIsNeitherAReferenceNorWellKnown() {
        assertRejected("""
                syntax = "proto3";

                import "acme/missing.proto";
                """, "orders-value.proto:3:1: ",
                "import \"acme/missing.proto\" is neither a reference nor a well-known type");
    }

    @Test
    void anEdition() {
        assertRejected("""
                edition = "2023";
                message A {}
                """, "orders-value.proto:1:1: ", "editions");
    }

    @Test
    void aDuplicateMessage() {
        assertRejected("""
                syntax = "proto3";
                message A {}
                message A {}
                """, "orders-value.proto:3:1: ", "A is already defined at orders-value.proto:2:1");
    }

    @Test
    void anErrorInAReferenceNamesTheReference() {
        assertThatThrownBy(() -> compiler.compile("orders-value.proto", """
                syntax = "proto3";
                import "common.proto";
                message A { Common c = 1; }
                """, Map.of("common.proto", "syntax = \"proto3\";\nmessage Common {"), false))
                .isInstanceOf(InvalidSchemaException.class)
                .hasMessageStartingWith("common.proto:");
    }

    private void assertRejected(String schema, String prefix, String text) {
        assertThatThrownBy(() -> compiler.compile("orders-value.proto", schema, Map.of(), false))
                .isInstanceOf(InvalidSchemaException.class)
                .hasMessageStartingWith(prefix)
                .hasMessageContaining(text)
                .message().doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("kotlin");
    }
}
