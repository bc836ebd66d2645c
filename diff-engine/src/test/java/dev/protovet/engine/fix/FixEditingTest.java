package dev.protovet.engine.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protovet.engine.Fixtures;
import dev.protovet.engine.config.BufConfig;
import dev.protovet.engine.model.Span;
import dev.protovet.engine.model.Syntax;
import dev.protovet.engine.pair.Pairing;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pieces of {@code protovet fix} below the planner: addressing, placing and writing insertions. */
class FixEditingTest {
    @TempDir
    Path dir;

    @Test
    void insertionsAddTextAndKeepEveryOriginalByteInOrder() {
        byte[] original = "ab\r\ncd".getBytes(StandardCharsets.UTF_8);
        byte[] fixed = TextInsertions.apply(original,
                List.of(new Insertion(4, "x\r\n"), new Insertion(0, "é"), new Insertion(4, "y\r\n")));
        assertThat(new String(fixed, StandardCharsets.UTF_8)).isEqualTo("éab\r\nx\r\ny\r\ncd");
    }

    @Test
    void columnsAreProtocsBytesWithTabStopsOfEight() {
        SourceText text = new SourceText("a\n\t x}\né}\n".getBytes(StandardCharsets.UTF_8));
        assertThat(text.offset(1, 9)).isEqualTo(4); // tab to 8, space to 9: the x
        assertThat(text.at(text.offset(1, 10))).isEqualTo((byte) '}');
        assertThat(text.offset(1, 3)).isEqualTo(-1); // inside the tab
        assertThat(text.at(text.offset(2, 2))).isEqualTo((byte) '}'); // é is two bytes
        assertThat(text.lineBreak()).isEqualTo("\n");
        assertThat(text.indentUnit()).isEqualTo("\t");
    }

    @Test
    void reservedNumbersAreSortedWithRunsAsRangesAndNamesQuotedExceptInEditions() {
        assertThat(ReservedStatements.of(List.of(6, 2, 4, 5, -3, -2), List.of("a", "b"), Syntax.PROTO3))
                .extracting(StatementLine::text)
                .containsExactly("reserved -3 to -2, 2, 4 to 6;", "reserved \"a\", \"b\";");
        assertThat(ReservedStatements.of(List.of(), List.of("a", "b"), Syntax.EDITIONS))
                .extracting(StatementLine::text).containsExactly("reserved a, b;");
        assertThat(ReservedStatements.of(List.of(), List.of(), Syntax.PROTO2)).isEmpty();
    }

    @Test
    void aBraceAfterOtherTextMovesToALineOfItsOwnIndentedLikeTheDeclaration() {
        SourceText text = new SourceText("  message M { int32 a = 1; }\n".getBytes(StandardCharsets.UTF_8));
        Insertion insertion = ClosingBrace.insert(text, new Span(1, 3, 1, 29), List.of(new Span(1, 15, 1, 27)),
                List.of(StatementLine.member("reserved 2;"))).orElseThrow();
        assertThat(new String(TextInsertions.apply(text.bytes(), List.of(insertion)), StandardCharsets.UTF_8))
                .isEqualTo("  message M { int32 a = 1; \n    reserved 2;\n  }\n");
        assertThat(ClosingBrace.insert(text, new Span(1, 3, 1, 28), List.of(), List.of())).isEmpty();
    }

    @Test
    void aCrlfFileGetsCrlfLines() throws Exception {
        Fixtures.write(dir, "previous/a.proto", "syntax = \"proto3\";\r\nmessage M {\r\n  int32 a = 1;\r\n  int32 b = 2;\r\n}\r\n");
        Fixtures.write(dir, "current/a.proto", "syntax = \"proto3\";\r\nmessage M {\r\n  int32 a = 1;\r\n}\r\n");
        FixPlan plan = plan(Files.readAllBytes(dir.resolve("current/a.proto")));
        assertThat(new String(plan.files().get(0).fixed(), StandardCharsets.UTF_8)).isEqualTo(
                "syntax = \"proto3\";\r\nmessage M {\r\n  int32 a = 1;\r\n  reserved 2;\r\n  reserved \"b\";\r\n}\r\n");
        assertThat(plan.summary(false)).isEqualTo("reserved 1 field in 1 file");
        assertThat(plan.summary(true)).isEqualTo("would reserve 1 field in 1 file");
    }

    @Test
    void aFileEditedSinceItWasCompiledIsLeftAsItIsWithANote() throws Exception {
        Fixtures.write(dir, "previous/a.proto", "syntax = \"proto3\";\nmessage M {\n  int32 a = 1;\n  int32 b = 2;\n}\n");
        Fixtures.write(dir, "current/a.proto", "syntax = \"proto3\";\nmessage M {\n  int32 a = 1;\n}\n");
        FixPlan plan = plan("syntax = \"proto3\";\nmessage M { int32 a = 1; }\n".getBytes(StandardCharsets.UTF_8));
        assertThat(plan.files()).isEmpty();
        assertThat(plan.notes()).containsExactly(new FixNote("a.proto",
                "Message \"M\" was left as it is: its closing brace is not where protoc found it."));
        assertThat(plan.summary(false)).isEqualTo("nothing fixed: no deleted field or enum value could be");
    }

    private FixPlan plan(byte[] currentContents) {
        var previous = Fixtures.loader().load(dir.resolve("previous"), BufConfig.defaults()).image();
        var current = Fixtures.loader().load(dir.resolve("current"), BufConfig.defaults()).image();
        return FixPlanner.plan(new Pairing(previous, current), FixStrategy.RESERVE, Set.of("a.proto")::contains,
                path -> currentContents);
    }
}
