package dev.protovet.registry.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalTextTest {
    private static final Map<String, String> REFERENCES = Map.of(
            "acme/common/ref.proto", ProtocOracle.read("acme/common/ref.proto"),
            "acme/common/money.proto", ProtocOracle.read("acme/common/money.proto"));

    private final ProtobufSchemaCompiler compiler = new ProtobufSchemaCompiler();

    @ParameterizedTest
    @ValueSource(strings = {"orders.proto", "legacy.proto", "plain.proto"})
    void compilingTheCanonicalTextAgainGivesTheSameText(String file) throws Exception {
        for (boolean normalize : new boolean[] {false, true}) {
            String once = compiler.compile(file, ProtocOracle.read(file), REFERENCES, normalize).canonicalText();
            String twice = compiler.compile(file, once, REFERENCES, normalize).canonicalText();
            assertThat(twice).as("normalize=%s", normalize).isEqualTo(once);
            assertThat(once).doesNotContain("Wire").doesNotContain("// Source:");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"orders.proto", "legacy.proto"})
    void theCanonicalTextDescribesTheSameSchema(String file) throws Exception {
        CompiledSchema original = compiler.compile(file, ProtocOracle.read(file), REFERENCES, false);
        CompiledSchema again = compiler.compile(file, original.canonicalText(), REFERENCES, false);
        // Wire prints nested types after fields, so only the order of map entries among nested types may move
        assertThat(again.file().getMessageTypeList()).extracting(m -> m.getFieldList())
                .isEqualTo(original.file().getMessageTypeList().stream().map(m -> m.getFieldList()).toList());
        // protoc gives a method written with a body {} empty options; Wire prints such a method without the body
        assertThat(again.file().getServiceList()).extracting(s -> s.getMethodList().stream()
                        .map(m -> m.getName() + m.getInputType() + m.getOutputType() + m.getOptions()).toList())
                .isEqualTo(original.file().getServiceList().stream().map(s -> s.getMethodList().stream()
                        .map(m -> m.getName() + m.getInputType() + m.getOutputType() + m.getOptions()).toList())
                        .toList());
        assertThat(again.file().getEnumTypeList()).isEqualTo(original.file().getEnumTypeList());
    }

    @Test
    void commentsBlankLinesAndLayoutDoNotMatter() throws Exception {
        String plain = """
                syntax = "proto3";
                package demo;
                message A {
                  string name = 1;
                  int32 size = 2 [deprecated = true];
                }
                """;
        String noisy = """
                // a header comment
                syntax   =   "proto3";


                package demo;   /* the package */
                /** A. */
                message A
                {
                    string name=1; // the name


                    int32 size = 2 [ deprecated=true ];
                }
                """;
        assertThat(canonical(noisy, false)).isEqualTo(canonical(plain, false));
        assertThat(canonical(plain, false)).doesNotContain("//").doesNotContain("/*");
    }

    @Test
    void normalizingSortsImportsOptionsFieldsAndConstantsAndQualifiesTypes() throws Exception {
        String schema = """
                syntax = "proto3";
                package demo;
                import "google/protobuf/wrappers.proto";
                import "google/protobuf/timestamp.proto";
                option java_package = "demo.java";
                option go_package = "demo/go";
                message B {
                  google.protobuf.Timestamp at = 3;
                  A a = 1;
                  oneof choice {
                    string y = 7;
                    string x = 5;
                  }
                  map<string, A> by_name = 2;
                  reserved 40, 10 to 12;
                }
                message A {
                  Kind kind = 1 [json_name = "k", deprecated = true];
                  enum Kind {
                    option allow_alias = true;
                    KIND_ZERO = 0;
                    KIND_TWO = 2;
                    KIND_ONE = 1;
                    KIND_UNO = 1;
                  }
                }
                """;
        String normalized = canonical(schema, true);
        assertThat(normalized).containsSubsequence(
                "import \"google/protobuf/timestamp.proto\";",
                "import \"google/protobuf/wrappers.proto\";",
                "option go_package = \"demo/go\";",
                "option java_package = \"demo.java\";",
                "message B {",
                "reserved 10 to 12, 40;",
                ".demo.A a = 1;",
                "map<string, .demo.A> by_name = 2;",
                ".google.protobuf.Timestamp at = 3;",
                "oneof choice {", "string x = 5;", "string y = 7;",
                "message A {",
                ".demo.A.Kind kind = 1 [", "deprecated = true", "json_name = \"k\"",
                "KIND_ZERO = 0;", "KIND_ONE = 1;", "KIND_UNO = 1;", "KIND_TWO = 2;");
        // top-level messages keep their order
        assertThat(normalized.indexOf("message B")).isLessThan(normalized.indexOf("message A"));
        // without normalize, nothing moves
        String plain = canonical(schema, false);
        assertThat(plain.indexOf("google.protobuf.Timestamp at = 3")).isLessThan(plain.indexOf("A a = 1"));
    }

    @Test
    void schemasThatDifferOnlyInOrderNormalizeToTheSameText() throws Exception {
        String one = """
                syntax = "proto3";
                package demo;
                message A {
                  string b = 2;
                  string a = 1;
                }
                """;
        String two = """
                syntax = "proto3";
                package demo;
                message A {
                  string a = 1;
                  string b = 2;
                }
                """;
        assertThat(canonical(one, true)).isEqualTo(canonical(two, true));
        assertThat(canonical(one, false)).isNotEqualTo(canonical(two, false));
    }

    private String canonical(String schema, boolean normalize) throws InvalidSchemaException {
        return compiler.compile("demo.proto", schema, Map.of(), normalize).canonicalText();
    }
}
