package dev.protovet.registry.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Schemas built to exhaust the compiler: each is refused with a message naming the registry's limit, or compiles; none
 * overflows the stack or runs out of memory (either would escape as an Error and fail the test).
 */
class HostileSchemaTest {
    private final ProtobufSchemaCompiler compiler = new ProtobufSchemaCompiler();

    @Test
    void messagesNestedTwoThousandLevelsDeepAreRefusedAtTheThirtySecond() {
        String schema = "message M {".repeat(2000) + "}".repeat(2000);
        assertRefused(schema, "t.proto:1:342: messages are nested more than 31 levels deep (protoc's limit)");
    }

    @Test
    void messagesNestedTenThousandLevelsDeepAreRefused() {
        String schema = "syntax = \"proto3\";\n" + "message M {\n".repeat(10_000) + "}\n".repeat(10_000);
        assertRefused(schema, "t.proto:33:1: messages are nested more than 31 levels deep");
    }

    @Test
    void thirtyOneLevelsCompile() throws Exception {
        String schema = "syntax = \"proto3\";\n" + "message M {\n".repeat(31) + "}\n".repeat(31);
        assertThat(compiler.compile("t.proto", schema, Map.of(), false).file().getMessageTypeCount()).isOne();
    }

    @Test
    void optionValuesNestedTenThousandLevelsDeepAreRefused() {
        String schema = "syntax = \"proto3\";\noption (x) = " + "{ a: ".repeat(10_000) + "1" + "}".repeat(10_000) + ";";
        assertRefused(schema, "t.proto:2:", "brackets are nested more than 64 levels deep (the registry's limit)");
    }

    @Test
    void aHundredThousandFieldsAreRefused() {
        StringBuilder schema = new StringBuilder("syntax = \"proto3\";\nmessage A {\n");
        for (int i = 1; i <= 100_000; i++) {
            schema.append("  int32 f").append(i).append(" = ").append(i < 19_000 ? i : i + 1000).append(";\n");
        }
        assertRefused(schema.append("}\n").toString(), "t.proto:20001:23: ",
                "more than 20000 declarations in one file (the registry's limit)");
    }

    @Test
    void fiftyThousandEnumValuesAreRefused() {
        StringBuilder schema = new StringBuilder("syntax = \"proto3\";\nenum E {\n");
        for (int i = 0; i < 50_000; i++) {
            schema.append("  V").append(i).append(" = ").append(i).append(";\n");
        }
        assertRefused(schema.append("}\n").toString(), "t.proto:5003:",
                "more than 5000 values in one enum (the registry's limit)");
    }

    @Test
    void tenThousandTopLevelMessagesAreRefused() {
        StringBuilder schema = new StringBuilder("syntax = \"proto3\";\n");
        for (int i = 0; i < 10_000; i++) {
            schema.append("message M").append(i).append(" {}\n");
        }
        assertRefused(schema.toString(), "t.proto:5002:1: ", "more than 5000 top-level definitions");
    }

    @Test
    void aHalfMegabyteStringLiteralCompiles() throws Exception {
        String schema = "syntax = \"proto2\";\nmessage A { optional string s = 1 [default = \""
                + "x".repeat(500_000) + "\"]; }\n";
        assertThat(compiler.compile("t.proto", schema, Map.of(), false).file().getMessageType(0).getField(0)
                .getDefaultValue()).hasSize(500_000);
    }

    @Test
    void veryLongIdentifiersCompile() throws Exception {
        String name = "A".repeat(100_000);
        String schema = "syntax = \"proto3\";\npackage " + "p.".repeat(10_000) + "q;\nmessage " + name
                + " { " + name + " self = 1; }\n";
        assertThat(compiler.compile("t.proto", schema, Map.of(), false).file().getMessageType(0).getName())
                .isEqualTo(name);
    }

    @Test
    void aSchemaOfNothingButSemicolonsIsRefused() {
        assertRefused(";;;;", "t.proto: the schema is empty");
        assertRefused("  // nothing\n", "t.proto: the schema is empty");
    }

    private void assertRefused(String schema, String prefix, String... parts) {
        var thrown = assertThatThrownBy(() -> compiler.compile("t.proto", schema, Map.of(), false))
                .isInstanceOf(InvalidSchemaException.class)
                .hasMessageStartingWith(prefix);
        for (String part : parts) {
            thrown.hasMessageContaining(part);
        }
    }
}
