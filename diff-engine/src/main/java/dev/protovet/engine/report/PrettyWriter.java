package dev.protovet.engine.report;

import dev.protovet.engine.Finding;
import dev.protovet.engine.model.Span;
import dev.protovet.engine.policy.Judged;
import dev.protovet.engine.policy.Judgement;
import dev.protovet.engine.policy.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * For people: findings grouped by file, each with its rule, the offending source line underlined, and a fix hint;
 * warnings marked as such, and the changes let pass listed as "accepted (justification)" or "ignored (...)", without
 * source. The summary counts each kind.
 * {@code sourceLines} gives a file's lines by the path shown in the finding (null when the text is not at hand).
 * With {@code colour}, ANSI escapes mark up the same text; without, no escape is written.
 */
public final class PrettyWriter implements FindingWriter {
    private static final String BOLD = "1";
    private static final String RED = "1;31";
    private static final String CYAN = "36";
    private static final String BLUE = "34";
    private static final String GREEN = "32";
    private static final String YELLOW = "1;33";
    private static final String DIM = "2";

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
    public String write(Judgement judgement) {
        if (judgement.findings().isEmpty()) {
            return "";
        }
        Map<String, List<Judged>> byFile = new LinkedHashMap<>();
        judgement.findings().forEach(j -> byFile.computeIfAbsent(j.finding().path() == null ? "" : j.finding().path(),
                k -> new ArrayList<>()).add(j));
        StringBuilder out = new StringBuilder();
        byFile.forEach((path, list) -> {
            out.append(paint(BOLD, path.isEmpty() ? "(deleted files and packages)" : path)).append('\n');
            List<String> lines = path.isEmpty() ? null : sourceLines.apply(path);
            list.stream().filter(j -> j.verdict().shown()).forEach(j -> shown(out, j, lines));
            list.stream().filter(j -> !j.verdict().shown()).forEach(j -> letPass(out, j));
            out.append('\n');
        });
        out.append(paint(BOLD, judgement.summary())).append('\n');
        return out.toString();
    }

    private void shown(StringBuilder out, Judged j, List<String> lines) {
        Finding f = j.finding();
        Span s = f.location().span();
        out.append("  ").append(paint(CYAN, s.startLine() + ":" + s.startColumn())).append("  ")
                .append(j.isWarning() ? paint(YELLOW, "warning") + " " + paint(YELLOW, f.ruleId()) : paint(RED, f.ruleId()))
                .append("  ").append(f.message()).append('\n');
        if (lines != null && s.startLine() <= lines.size()) {
            String line = lines.get(s.startLine() - 1);
            String number = Integer.toString(s.startLine());
            int width = s.endLine() == s.startLine() ? Math.max(1, s.endColumn() - s.startColumn())
                    : Math.max(1, line.length() - s.startColumn() + 1);
            out.append("    ").append(paint(BLUE, number + " |")).append(' ').append(line).append('\n')
                    .append("    ").append(paint(BLUE, " ".repeat(number.length()) + " |")).append(' ')
                    .append(" ".repeat(Math.max(0, s.startColumn() - 1)))
                    .append(paint(j.isWarning() ? YELLOW : RED, "^".repeat(width))).append('\n');
        }
        if (j.reason() != null) {
            out.append("    ").append(paint(YELLOW, "note:")).append(' ').append(j.reason()).append('\n');
        }
        out.append("    ").append(paint(GREEN, "hint:")).append(' ').append(FixHints.hint(f)).append('\n');
    }

    private void letPass(StringBuilder out, Judged j) {
        Finding f = j.finding();
        Span s = f.location().span();
        String how = j.verdict() == Verdict.ACCEPTED ? "accepted (" + j.reason() + ")" : "ignored by " + j.reason();
        out.append("  ").append(paint(CYAN, s.startLine() + ":" + s.startColumn())).append("  ")
                .append(paint(GREEN, how)).append("  ").append(paint(DIM, f.ruleId() + "  " + f.message())).append('\n');
    }

    /** {@code text} in the SGR style {@code code} when colouring, else as it is. */
    private String paint(String code, String text) {
        return colour ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
