package dev.protovet.registry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineDiffTest {

    private static List<String> kinds(List<LineDiff.Row> rows) {
        return rows.stream().map(r -> r.kind() + " " + r.leftNumber() + ":" + r.rightNumber()).toList();
    }

    @Test
    void keepsCommonLinesLevelAndPairsChangesInOrder() {
        List<String> left = List.of("syntax", "message A {", "  int32 a = 1;", "  int32 b = 2;", "}", "old trailer");
        List<String> right = List.of("syntax", "// new comment", "message A {", "  int64 a = 1;", "}");
        assertThat(kinds(LineDiff.rows(left, right))).containsExactly(
                "same 1:1",
                "added 0:2",
                "same 2:3",
                "changed 3:4",
                "removed 4:0",
                "same 5:5",
                "removed 6:0");
    }

    @Test
    void identicalAndEmptyTexts() {
        assertThat(kinds(LineDiff.rows(List.of("a", "b"), List.of("a", "b")))).containsExactly("same 1:1", "same 2:2");
        assertThat(kinds(LineDiff.rows(List.of(), List.of("a")))).containsExactly("added 0:1");
        assertThat(LineDiff.rows(List.of(), List.of())).isEmpty();
    }

    @Test
    void aSchemaOfHundredsOfThousandsOfLinesNeedsNoQuadraticTable() {
        // an n-by-m table of these would take 4 * 200,000^2 bytes: far beyond any test heap
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            left.add("  string field_" + i + " = " + (i + 1) + ";");
            right.add(i % 50_000 == 7 ? "  int64 field_" + i + " = " + (i + 1) + ";" : left.get(i));
        }
        List<LineDiff.Row> rows = LineDiff.rows(left, right);
        assertThat(rows).hasSize(200_000);
        assertThat(rows.stream().filter(r -> r.kind().equals("changed")).map(LineDiff.Row::leftNumber))
                .containsExactly(8, 50_008, 100_008, 150_008);
    }
}
