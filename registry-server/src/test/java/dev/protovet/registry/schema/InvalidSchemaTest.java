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

    @Test
    void aNameThatStartsWithADigit() {
        assertRejected("syntax = \"proto3\";\nmessage 1M {}\n", "orders-value.proto:2:9: ",
                "expected a message name, found '1M'");
    }

    @Test
    void aPackageNameWithEmptyParts() {
        assertRejected("syntax = \"proto3\";\npackage ..a;\n", "orders-value.proto:2:9: ",
                "expected a package name, found '.'");
    }

    @Test
    void aStringOptionGivenANumber() {
        assertRejected("syntax = \"proto3\";\noption java_package = 5;\n", "orders-value.proto:2:23: ",
                "option java_package takes a quoted string, not 5");
    }

    @Test
    void anEnumOptionGivenAnUnknownValue() {
        assertRejected("syntax = \"proto3\";\noption optimize_for = FAST;\n", "orders-value.proto:2:23: ",
                "option optimize_for takes one of SPEED, CODE_SIZE, LITE_RUNTIME, not FAST");
    }

    @Test
    void aBoolOptionGivenAString() {
        assertRejected("syntax = \"proto3\";\nmessage A { int32 x = 1 [deprecated = \"yes\"]; }\n",
                "orders-value.proto:2:39: ", "option deprecated takes true or false, not \"yes\"");
    }

    @Test
    void anUnknownFileOption() {
        assertRejected("syntax = \"proto3\";\noption bogus = 2;\n", "orders-value.proto:2:8: ",
                "option bogus is unknown");
    }

    private void assertRejected(String schema, String prefix, String text) {
        assertThatThrownBy(() -> compiler.compile("orders-value.proto", schema, Map.of(), false))
                .isInstanceOf(InvalidSchemaException.class)
                .hasMessageStartingWith(prefix)
                .hasMessageContaining(text)
                .message().doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("kotlin");
    }
}
