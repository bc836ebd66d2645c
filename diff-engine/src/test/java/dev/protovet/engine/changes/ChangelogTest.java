package dev.protovet.engine.changes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protovet.engine.Fixtures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangelogTest {
    @TempDir
    Path dir;

    @Test
    void listsBreakingChangesOncePerElementWithWhereTheyBreakAndEveryCompatibleChange() throws IOException {
        Fixtures.write(dir, "previous/shop.proto", """
                syntax = "proto3";
                package shop;
                message Cart {
                  string id = 1;
                  int32 items = 2;
                  string coupon = 3;
                }
                enum Size { SIZE_UNSPECIFIED = 0; }
                service Carts { rpc Get(Cart) returns (Cart); }
                """);
        Fixtures.write(dir, "previous/old.proto", "syntax = \"proto3\";\npackage shop;\nmessage Legacy {}\n");
        Fixtures.write(dir, "current/shop.proto", """
                syntax = "proto3";
                package shop;
                message Cart {
                  string id = 1 [deprecated = true];
                  int64 items = 2;
                  uint32 total = 4;
                }
                enum Size { SIZE_UNSPECIFIED = 0; SIZE_LARGE = 1; }
                message Wishlist {}
                service Carts {
                  rpc Get(Cart) returns (Cart);
                  rpc Clear(Cart) returns (Cart);
                }
                """);

        List<String> changes = Changelog.between(Fixtures.compile(dir.resolve("previous")).withoutImports(),
                Fixtures.compile(dir.resolve("current")).withoutImports()).stream()
                .map(c -> c.kind() + " " + c.description() + " " + c.breakingIn() + " " + c.rules()).toList();

        assertThat(changes).containsExactly(
                "removed Previously present file \"old.proto\" was deleted. [FILE, CSR] [FILE_NO_DELETE]",
                "removed Previously present message \"Legacy\" was deleted from package \"shop\". [PACKAGE]"
                        + " [PACKAGE_MESSAGE_NO_DELETE]",
                "removed Previously present field \"3\" with name \"coupon\" on message \"Cart\" was deleted."
                        + " [FILE, PACKAGE, WIRE_JSON, WIRE, CSR] [FIELD_NO_DELETE, FIELD_NO_DELETE_UNLESS_NAME_RESERVED,"
                        + " FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED]",
                "changed Field \"2\" with name \"items\" on message \"Cart\" changed type from \"int32\" to \"int64\"."
                        + " [FILE, PACKAGE, WIRE_JSON, CSR] [FIELD_SAME_TYPE, FIELD_WIRE_JSON_COMPATIBLE_TYPE]",
                "deprecated field shop.Cart.id [] []",
                "added field shop.Cart.total = 4 (uint32) [] []",
                "added enum value shop.Size.SIZE_LARGE = 1 [] []",
                "added message shop.Wishlist [] []",
                "added rpc shop.Carts.Clear(shop.Cart) returns (shop.Cart) [] []");
    }

    @Test
    void markdownIsReadyForReleaseNotes() throws IOException {
        Fixtures.write(dir, "previous/a.proto", "syntax = \"proto3\";\nmessage A { string x = 1; }\n");
        Fixtures.write(dir, "current/a.proto", "syntax = \"proto3\";\nmessage A { string x = 1; string y = 2; }\n");
        String markdown = ChangelogFormat.MARKDOWN.write(Changelog.between(
                Fixtures.compile(dir.resolve("previous")).withoutImports(),
                Fixtures.compile(dir.resolve("current")).withoutImports()));
        assertThat(markdown).isEqualTo("""
                ## Protobuf changes

                ### Compatible (1)

                - added field A.y = 2 (string) (`a.proto:2:27`)
                """);
        assertThat(ChangelogFormat.MARKDOWN.write(List.of())).isEqualTo("## Protobuf changes\n\nNo changes.\n");
    }

}
