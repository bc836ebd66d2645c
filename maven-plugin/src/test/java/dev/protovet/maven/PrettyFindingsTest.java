package dev.protovet.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protovet.engine.Finding;
import dev.protovet.engine.model.Location;
import dev.protovet.engine.model.Span;
import dev.protovet.engine.report.ErrorFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code errorFormat=pretty} in a build: the source line and its caret, read from the project's files. */
class PrettyFindingsTest {
    @TempDir
    Path project;

    private static final Finding DELETED = new Finding("FIELD_NO_DELETE",
            new Location("src/main/proto/acme/orders.proto", new Span(3, 1, 5, 2)), null,
            "Previously present field \"2\" with name \"email\" on message \"Order\" was deleted.");

    @Test
    void theSourceRootsFilesAreUnderlined() throws Exception {
        Path proto = Files.createDirectories(project.resolve("src/main/proto/acme")).resolve("orders.proto");
        Files.writeString(proto, "syntax = \"proto3\";\npackage acme;\nmessage Order {\n  string id = 1;\n}\n");
        ProjectCheck check = new ProjectCheck(ProjectProtos.of(project, project.resolve("target/protovet"), null), null,
                new ProjectCheck.Rules(null, null, null, null, null));

        assertThat(ErrorFormat.PRETTY.writer(check.sourceLines()).write(List.of(DELETED))).isEqualTo("""
                src/main/proto/acme/orders.proto
                  3:1  FIELD_NO_DELETE  Previously present field "2" with name "email" on message "Order" was deleted.
                    3 | message Order {
                      | ^^^^^^^^^^^^^^^
                    hint: reserve 2 and "email" instead of deleting the field: reserved 2; reserved "email";

                1 breaking change in 1 file.
                """);
    }

    @Test
    void aDescriptorSetsFilesHaveNoSourceLines() throws Exception {
        Path set = Files.write(project.resolve("current.binpb"), new byte[0]);
        ProjectCheck check = new ProjectCheck(ProjectProtos.of(project, project.resolve("target/protovet"), null), set,
                new ProjectCheck.Rules(null, null, null, null, null));
        assertThat(check.sourceLines().apply("src/main/proto/acme/orders.proto")).isNull();
        assertThat(ErrorFormat.PRETTY.writer(check.sourceLines()).write(List.of(DELETED))).doesNotContain(" | ");
    }
}
