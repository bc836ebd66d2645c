package dev.protovet.engine.report;

import dev.protovet.engine.Finding;
import dev.protovet.engine.model.Span;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * For people: findings grouped by file, each with its rule, the offending source line underlined, and a fix hint.
 * {@code sourceLines} gives a file's lines by the path shown in the finding (null when the text is not at hand).
 */
public final class PrettyWriter implements FindingWriter {
    private final Function<String, List<String>> sourceLines;

    public PrettyWriter(Function<String, List<String>> sourceLines) {
        this.sourceLines = sourceLines;
    }

    @Override
    public String write(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "";
        }
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        findings.forEach(f -> byFile.computeIfAbsent(f.path() == null ? "" : f.path(), k -> new java.util.ArrayList<>()).add(f));
        StringBuilder out = new StringBuilder();
        byFile.forEach((path, list) -> {
            out.append(path.isEmpty() ? "(deleted files and packages)" : path).append('\n');
            List<String> lines = path.isEmpty() ? null : sourceLines.apply(path);
            for (Finding f : list) {
                Span s = f.location().span();
                out.append("  ").append(s.startLine()).append(':').append(s.startColumn()).append("  ")
                        .append(f.ruleId()).append("  ").append(f.message()).append('\n');
                if (lines != null && s.startLine() <= lines.size()) {
                    String line = lines.get(s.startLine() - 1);
                    String number = Integer.toString(s.startLine());
                    int width = s.endLine() == s.startLine() ? Math.max(1, s.endColumn() - s.startColumn())
                            : Math.max(1, line.length() - s.startColumn() + 1);
                    out.append("    ").append(number).append(" | ").append(line).append('\n')
                            .append("    ").append(" ".repeat(number.length())).append(" | ")
                            .append(" ".repeat(Math.max(0, s.startColumn() - 1))).append("^".repeat(width)).append('\n');
                }
                out.append("    hint: ").append(FixHints.hint(f)).append('\n');
            }
            out.append('\n');
        });
        int files = (int) byFile.keySet().stream().filter(p -> !p.isEmpty()).count();
        out.append(findings.size()).append(findings.size() == 1 ? " breaking change" : " breaking changes")
                .append(files > 0 ? " in " + files + (files == 1 ? " file" : " files") : "").append(".\n");
        return out.toString();
    }
}
