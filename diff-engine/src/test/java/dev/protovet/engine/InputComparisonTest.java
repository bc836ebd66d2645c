package dev.protovet.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputComparisonTest {
    @TempDir
    Path dir;

    private final InputComparison comparison = new InputComparison(Fixtures.loader());

    @Test
    void aDescriptorSetWrittenFromADirectoryIsAsGoodABaselineAsTheDirectory() throws IOException {
        Path previous = write("previous/shop/v1/item.proto", """
                syntax = "proto3";
                package shop.v1;
                message Item {
                  string sku = 1;
                  int32 count = 2;
                }
                """);
        Path current = write("current/shop/v1/item.proto", """
                syntax = "proto3";
                package shop.v1;
                message Item {
                  string sku = 1;
                  int64 count = 2;
                }
                """);
        Path descriptorSet = dir.resolve("previous.binpb");
        Files.write(descriptorSet, Fixtures.loader().descriptorSet(previous, null).toByteArray());

        List<Finding> againstDirectory = comparison.run(request(current, previous));
        List<Finding> againstDescriptorSet = comparison.run(request(current, descriptorSet));

        assertThat(Fixtures.lines(againstDescriptorSet))
                .containsExactly(current.resolve("shop/v1/item.proto") + ":5:3:5:8:FIELD_SAME_TYPE")
                .isEqualTo(Fixtures.lines(againstDirectory));
    }

    @Test
    void aBaselineThatDoesNotCompileIsReportedAsBadInput() throws IOException {
        Path current = write("current/a.proto", "syntax = \"proto3\";\nmessage A {}\n");
        Path previous = write("previous/a.proto", "syntax = \"proto3\";\nmessage A {\n");

        assertThatThrownBy(() -> comparison.run(request(current, previous)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(previous.resolve("a.proto").toString());
    }

    private static BreakingRequest request(Path input, Path against) {
        return new BreakingRequest(input, null, against, null, CheckScope.everything());
    }

    /** Writes a file under the temp dir and returns its input directory (the first path segment). */
    private Path write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return dir.resolve(Path.of(path).getName(0));
    }
}
