package dev.protovet.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** A file's change as {@code git diff} prints it ({@code --- a/path}, {@code +++ b/path}, hunks with 3 lines of context). */
final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    /** The diff from {@code before} to {@code after} of the file shown as {@code path}, one line break a line. */
    static String of(String path, byte[] before, byte[] after) {
        List<String> original = lines(before);
        List<String> revised = lines(after);
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("a/" + path, "b/" + path, original,
                DiffUtils.diff(original, revised), CONTEXT);
        return String.join("\n", diff) + "\n";
    }

    /** The lines of a file without their line breaks (LF or CRLF). */
    private static List<String> lines(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> lines = Arrays.asList(text.split("\r?\n", -1));
        return text.endsWith("\n") ? lines.subList(0, lines.size() - 1) : lines;
    }
}
