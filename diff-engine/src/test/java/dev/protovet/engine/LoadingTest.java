package dev.protovet.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import com.google.protobuf.util.JsonFormat;
import dev.protovet.engine.config.BreakingConfig;
import dev.protovet.engine.load.DescriptorSetReader;
import dev.protovet.engine.model.Image;
import dev.protovet.engine.model.ProtoFile;
import dev.protovet.engine.rules.ConfigVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadingTest {
    @TempDir
    Path dir;

    @Test
    void aSyntaxErrorIsReportedWithFileLineAndColumn() throws IOException {
        Fixtures.write(dir, "orders/v1/order.proto", """
                syntax = "proto3";
                package orders.v1;
                message Order {
                  string id = 1
                  int64 total = 2;
                }
                """);
        assertThatThrownBy(() -> Fixtures.compile(dir))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).problems()).first()
                        .hasToString(dir.resolve("orders/v1/order.proto") + ":5:3: Expected \";\"."));
    }

    @Test
    void aMissingImportNamesTheImportingFile() throws IOException {
        Fixtures.write(dir, "a.proto", """
                syntax = "proto3";
                import "missing/thing.proto";
                message A {}
                """);
        assertThatThrownBy(() -> Fixtures.compile(dir))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("missing/thing.proto")
                .hasMessageContaining("a.proto");
    }

    @Test
    void wellKnownTypesAndLanguageFeaturesNeedNoIncludePath() throws IOException {
        Fixtures.write(dir, "a.proto", """
                edition = "2023";
                import "google/protobuf/timestamp.proto";
                import "google/protobuf/cpp_features.proto";
                import "google/protobuf/java_features.proto";
                message A {
                  google.protobuf.Timestamp at = 1;
                  string name = 2 [features.(pb.cpp).string_type = CORD, features.(pb.java).utf8_validation = VERIFY];
                }
                """);
        Image image = Fixtures.compile(dir);
        ProtoFile file = target(image, "a.proto");
        var name = file.messages().get(0).fields().get(1);
        assertThat(name.features().cppStringType().name()).isEqualTo("CORD");
        assertThat(name.features().javaUtf8Validation().name()).isEqualTo("VERIFY");
        assertThat(image.files()).filteredOn(ProtoFile::isImport).extracting(ProtoFile::path)
                .contains("google/protobuf/timestamp.proto");
    }

    @Test
    void editions2024AndProto2GroupsCompileWithResolvedFeatures() throws IOException {
        Fixtures.write(dir, "e.proto", """
                edition = "2024";
                package e;
                message Holder {
                  string text = 1;
                  Inner inner = 2 [features.message_encoding = DELIMITED];
                  message Inner { int32 x = 1; }
                }
                """);
        Fixtures.write(dir, "g.proto", """
                syntax = "proto2";
                package g;
                message Legacy {
                  optional group Part = 1 { optional int32 n = 2; }
                }
                """);
        Image image = Fixtures.compile(dir);
        var holder = target(image, "e.proto").messages().get(0);
        assertThat(holder.fields().get(0).features().cppStringType().name()).isEqualTo("VIEW");
        assertThat(holder.fields().get(1).prettyKind()).isEqualTo("message (delimited encoding)");
        assertThat(target(image, "g.proto").messages().get(0).fields().get(0).prettyKind()).isEqualTo("group");
    }

    @Test
    void aTruncatedDescriptorSetIsAClearErrorNamingTheFile() throws IOException {
        Path set = descriptorSetOf("""
                syntax = "proto3";
                package p;
                message M { string a = 1; int32 b = 2; }
                """);
        byte[] bytes = Files.readAllBytes(set);
        Path truncated = dir.resolve("truncated.binpb");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> DescriptorSetReader.read(truncated))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(truncated + ": not a valid binary FileDescriptorSet");
    }

    @Test
    void aFileThatIsNoDescriptorSetAtAllIsAClearError() throws IOException {
        Path junk = dir.resolve("junk.pb");
        Files.writeString(junk, "this is not protobuf\n");
        assertThatThrownBy(() -> DescriptorSetReader.read(junk))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(junk.toString());
    }

    @Test
    void binaryAndJsonDescriptorSetsGiveTheSameFindingsAsTheSources() throws IOException {
        Path before = Files.createDirectories(dir.resolve("before"));
        Path after = Files.createDirectories(dir.resolve("after"));
        Files.writeString(before.resolve("shop.proto"), """
                syntax = "proto3";
                package shop;
                message Cart {
                  string id = 1;
                  int32 items = 2;
                }
                """);
        Files.writeString(after.resolve("shop.proto"), """
                syntax = "proto3";
                package shop;
                message Cart {
                  string id = 1;
                  int64 items = 2;
                }
                """);
        BreakingConfig config = BreakingConfig.defaults(ConfigVersion.V2);
        List<String> fromSources = Fixtures.lines(BreakingCheck.run(
                Fixtures.compile(before).withoutImports(), Fixtures.compile(after).withoutImports(), config));
        assertThat(fromSources).containsExactly("shop.proto:5:3:5:8:FIELD_SAME_TYPE");

        Path beforeSet = protocSet(before.resolve("shop.proto"), "before.binpb");
        Path afterSet = protocSet(after.resolve("shop.proto"), "after.binpb");
        assertThat(Fixtures.lines(BreakingCheck.run(DescriptorSetReader.read(beforeSet),
                DescriptorSetReader.read(afterSet), config))).isEqualTo(fromSources);

        Path afterJson = dir.resolve("after.json");
        Files.writeString(afterJson, JsonFormat.printer().print(FileDescriptorSet.parseFrom(Files.readAllBytes(afterSet))));
        assertThat(Fixtures.lines(BreakingCheck.run(DescriptorSetReader.read(beforeSet),
                DescriptorSetReader.read(afterJson), config))).isEqualTo(fromSources);
    }

    private Path descriptorSetOf(String proto) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.writeString(src.resolve("m.proto"), proto);
        return protocSet(src.resolve("m.proto"), "m.binpb");
    }

    /** What a user gets from {@code protoc --descriptor_set_out --include_source_info} on one file. */
    private Path protocSet(Path protoFile, String name) throws IOException {
        Path out = dir.resolve(name);
        FileDescriptorSet set = Fixtures.protoc().compile(List.of(protoFile.getParent()), List.of(protoFile));
        FileDescriptorSet targetsOnly = FileDescriptorSet.newBuilder()
                .addAllFile(set.getFileList().stream().filter(f -> !f.getName().startsWith("google/")).toList()).build();
        Files.write(out, targetsOnly.toByteArray());
        return out;
    }


    private static ProtoFile target(Image image, String path) {
        return image.files().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
    }
}
