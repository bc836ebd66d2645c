package dev.protovet.engine.confluent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protovet.engine.BreakingCheck;
import dev.protovet.engine.Finding;
import dev.protovet.engine.Fixtures;
import dev.protovet.engine.config.BreakingConfig;
import dev.protovet.engine.model.Image;
import dev.protovet.engine.pair.Pairing;
import dev.protovet.engine.rules.ConfigVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The differences Confluent's provider lists, both ways, as {@code TYPE #/path} (the form of its own tests). */
class ConfluentComparisonTest {
    @TempDir
    Path dir;

    @Test
    void listsEveryDifferenceOfAMessageAndAnEnumBothWays() throws IOException {
        Fixtures.write(dir, "previous/shop.proto", """
                syntax = "proto3";
                package shop.v1;
                message Order {
                  string id = 1;
                  int32 quantity = 2;
                  string note = 3;
                  oneof payment {
                    string card = 4;
                    string voucher = 5;
                  }
                  message Line { string sku = 1; }
                }
                enum State {
                  STATE_UNSPECIFIED = 0;
                  STATE_OPEN = 1;
                }
                """);
        Fixtures.write(dir, "current/shop.proto", """
                syntax = "proto3";
                package shop.v1;
                message Receipt { string id = 1; }
                message Order {
                  string id = 1;
                  double quantity = 2;
                  string remark = 3;
                  oneof payment {
                    string card = 4;
                  }
                  int64 total = 6;
                }
                enum State {
                  STATE_UNSPECIFIED = 0;
                  STATE_CLOSED = 1;
                  STATE_DONE = 2;
                }
                """);

        assertThat(differences("previous", "current")).containsExactlyInAnyOrder(
                "MESSAGE_ADDED #/Receipt",
                "MESSAGE_MOVED #/Order",
                "FIELD_SCALAR_KIND_CHANGED #/Order/2",
                "FIELD_NAME_CHANGED #/Order/3",
                "ONEOF_FIELD_REMOVED #/Order/payment/5",
                "FIELD_ADDED #/Order/6",
                "MESSAGE_REMOVED #/Order/Line",
                "ENUM_CONST_CHANGED #/State/1",
                "ENUM_CONST_ADDED #/State/2");
        assertThat(differences("current", "previous")).containsExactlyInAnyOrder(
                "MESSAGE_REMOVED #/Receipt",
                "MESSAGE_MOVED #/Order",
                "FIELD_SCALAR_KIND_CHANGED #/Order/2",
                "FIELD_NAME_CHANGED #/Order/3",
                "ONEOF_FIELD_ADDED #/Order/payment/5",
                "FIELD_REMOVED #/Order/6",
                "MESSAGE_ADDED #/Order/Line",
                "ENUM_CONST_CHANGED #/State/1",
                "ENUM_CONST_REMOVED #/State/2");
    }

    @Test
    void reportsOnlyTheIncompatibleDifferencesInFullSentencesAtTheCurrentElementOrItsParent() throws IOException {
        Fixtures.write(dir, "previous/shop.proto", """
                syntax = "proto3";
                package shop.v1;
                message Order {
                  int32 total = 3;
                  int32 count = 4;
                  message Line { string sku = 1; }
                }
                """);
        Fixtures.write(dir, "current/shop.proto", """
                syntax = "proto3";
                package shop.v1;
                message Order {
                  double total = 3;
                  int64 count = 4;
                }
                """);

        List<Finding> findings = BreakingCheck.run(image("previous"), image("current"), confluent());

        assertThat(findings).extracting(f -> Fixtures.line(f) + " " + f.message()).containsExactly(
                "shop.proto:3:1:6:2:MESSAGE_REMOVED Previously present message \"Order.Line\" was deleted"
                        + " (Confluent: MESSAGE_REMOVED).",
                "shop.proto:4:3:4:9:FIELD_SCALAR_KIND_CHANGED Field \"3\" with name \"total\" on message \"Order\""
                        + " changed scalar kind from \"int32\" to \"double\" (Confluent: FIELD_SCALAR_KIND_CHANGED).");
    }

    @Test
    void comparesAMessageFromAnotherFileByStructureAndARecursiveOneOnce() throws IOException {
        String tree = """
                syntax = "proto3";
                package tree.%s;
                message Node {
                  %s name = 1;
                  repeated Node children = 2;
                  %s
                }
                """;
        String document = """
                syntax = "proto3";
                package docs;
                import "tree/%s.proto";
                message Document {
                  tree.%s.Node root = 1;
                }
                """;
        Fixtures.write(dir, "previous/tree/v1.proto", tree.formatted("v1", "string", ""));
        Fixtures.write(dir, "previous/docs.proto", document.formatted("v1", "v1"));
        Fixtures.write(dir, "renamed/tree/v2.proto", tree.formatted("v2", "string", "int32 depth = 3;"));
        Fixtures.write(dir, "renamed/docs.proto", document.formatted("v2", "v2"));
        Fixtures.write(dir, "retyped/tree/v2.proto", tree.formatted("v2", "int32", ""));
        Fixtures.write(dir, "retyped/docs.proto", document.formatted("v2", "v2"));

        assertThat(differences("previous", "renamed")).containsExactly("FIELD_ADDED #/Node/3");
        assertThat(differences("previous", "retyped"))
                .containsExactly("FIELD_SCALAR_KIND_CHANGED #/Node/1", "FIELD_NAMED_TYPE_CHANGED #/Document/1");
    }

    @Test
    void seesWhatConfluentsParserSeesNeitherGroupsNorExtensionsNorOptions() throws IOException {
        Fixtures.write(dir, "previous/legacy.proto", """
                syntax = "proto2";
                package legacy;
                message Item {
                  optional string id = 1 [deprecated = true];
                  optional group Extra = 2 { optional int32 size = 1; }
                  extensions 100 to 200;
                }
                extend Item { optional int32 weight = 100; }
                """);
        Fixtures.write(dir, "current/legacy.proto", """
                syntax = "proto2";
                package legacy;
                option java_package = "com.example.legacy";
                message Item {
                  optional string id = 1;
                  extensions 100 to 200;
                }
                """);

        assertThat(differences("previous", "current")).isEmpty();
    }

    private List<String> differences(String previous, String current) {
        return ConfluentComparison.differences(new Pairing(image(previous), image(current))).stream()
                .map(Difference::toString).toList();
    }

    private Image image(String side) {
        return Fixtures.compile(dir.resolve(side)).withoutImports();
    }

    private static BreakingConfig confluent() {
        return new BreakingConfig(ConfigVersion.V2, List.of("CONFLUENT"), List.of(), List.of(), Map.of(), false);
    }
}
