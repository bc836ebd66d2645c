package dev.protovet.engine.report;

import dev.protovet.engine.Finding;
import dev.protovet.engine.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * For people: findings grouped by file, each with its rule, the offending source line underlined, and a fix hint.
 * {@code sourceLines} gives a file's lines by the path shown in the finding (null when the text is not at hand).
 * With {@code colour}, ANSI escapes mark up the same text; without, no escape is written.
 */
public final class PrettyWriter implements FindingWriter {
    private static final String BOLD = "1";
    private static final String RED = "1;31";
    private static final String CYAN = "36";
    private static final String BLUE = "34";
    private static final String GREEN = "32";

    private final Function<String, List<String>> sourceLines;
    private final boolean colour;

    public PrettyWriter(Function<String, List<String>> sourceLines) {
        this(sourceLines, false);
    }

    public PrettyWriter(Function<String, List<String>> sourceLines, boolean colour) {
        this.sourceLines = sourceLines;
        this.colour = colour;
    }

    @Override
    public String write(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "";
        }
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        findings.forEach(f -> byFile.computeIfAbsent(f.path() == null ? "" : f.path(), k -> new ArrayList<>()).add(f));
        StringBuilder out = new StringBuilder();
        byFile.forEach((path, list) -> {
            out.append(paint(BOLD, path.isEmpty() ? "(deleted files and packages)" : path)).append('\n');
            List<String> lines = path.isEmpty() ? null : sourceLines.apply(path);
            for (Finding f : list) {
                Span s = f.location().span();
                out.append("  ").append(paint(CYAN, s.startLine() + ":" + s.startColumn())).append("  ")
                        .append(paint(RED, f.ruleId())).append("  ").append(f.message()).append('\n');
                if (lines != null && s.startLine() <= lines.size()) {
                    String line = lines.get(s.startLine() - 1);
                    String number = Integer.toString(s.startLine());
                    int width = s.endLine() == s.startLine() ? Math.max(1, s.endColumn() - s.startColumn())
                            : Math.max(1, line.length() - s.startColumn() + 1);
                    out.append("    ").append(paint(BLUE, number + " |")).append(' ').append(line).append('\n')
                            .append("    ").append(paint(BLUE, " ".repeat(number.length()) + " |")).append(' ')
                            .append(" ".repeat(Math.max(0, s.startColumn() - 1))).append(paint(RED, "^".repeat(width)))
                            .append('\n');
                }
                out.append("    ").append(paint(GREEN, "hint:")).append(' ').append(FixHints.hint(f)).append('\n');
            }
            out.append('\n');
        });
        int files = (int) byFile.keySet().stream().filter(p -> !p.isEmpty()).count();
        String summary = findings.size() + (findings.size() == 1 ? " breaking change" : " breaking changes")
                + (files > 0 ? " in " + files + (files == 1 ? " file" : " files") : "") + ".";
        out.append(paint(BOLD, summary)).append('\n');
        return out.toString();
    }

    /** {@code text} in the SGR style {@code code} when colouring, else as it is. */
    private String paint(String code, String text) {
        return colour ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
