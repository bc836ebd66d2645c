package dev.protovet.registry.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.SourceCodeInfo;
import com.google.protobuf.TextFormat;
import java.util.ArrayList;
import java.util.List;

/** Compares descriptors as text, so a failure shows a readable line diff. */
final class DescriptorAssertions {
    private DescriptorAssertions() {
    }

    /** Equal in everything but source info. */
    static void assertSameContent(FileDescriptorProto actual, FileDescriptorProto expected) {
        String actualText = text(actual.toBuilder().clearSourceCodeInfo().build());
        String expectedText = text(expected.toBuilder().clearSourceCodeInfo().build());
        assertThat(actualText).as("descriptor of %s, first difference:%n%s", expected.getName(),
                firstDifference(actualText, expectedText)).isEqualTo(expectedText);
    }

    /** The same locations: each path with its span, in any order (comments are not compared). */
    static void assertSameLocations(FileDescriptorProto actual, FileDescriptorProto expected) {
        List<String> actualLines = locations(actual.getSourceCodeInfo());
        List<String> expectedLines = locations(expected.getSourceCodeInfo());
        List<String> missing = new ArrayList<>(expectedLines);
        actualLines.forEach(missing::remove);
        List<String> extra = new ArrayList<>(actualLines);
        expectedLines.forEach(extra::remove);
        assertThat(extra).as("source locations of %s: only ours (protoc has instead: %s)", expected.getName(),
                missing).isEmpty();
        assertThat(missing).as("source locations of %s: only protoc's", expected.getName()).isEmpty();
    }

    /** A few lines around the first line that differs, side by side. */
    static String firstDifference(String actual, String expected) {
        String[] a = actual.split("\n");
        String[] e = expected.split("\n");
        int i = 0;
        while (i < a.length && i < e.length && a[i].equals(e[i])) {
            i++;
        }
        StringBuilder out = new StringBuilder();
        for (int k = Math.max(0, i - 6); k < i + 4; k++) {
            String ours = k < a.length ? a[k] : "<end>";
            String theirs = k < e.length ? e[k] : "<end>";
            out.append(k == i ? ">> " : "   ").append(String.format("%-50s | %s%n", ours, theirs));
        }
        return "ours | protoc\n" + out;
    }

    private static String text(FileDescriptorProto file) {
        return TextFormat.printer().printToString(file);
    }

    /** One line per location, {@code path -> span}, sorted. */
    static List<String> locations(SourceCodeInfo info) {
        return info.getLocationList().stream()
                .map(l -> l.getPathList() + " -> " + l.getSpanList())
                .sorted()
                .toList();
    }
}
