package dev.protovet.maven;

import static dev.protovet.engine.report.HtmlText.escape;

import dev.protovet.engine.Finding;
import dev.protovet.engine.policy.Judged;
import dev.protovet.engine.policy.Judgement;
import dev.protovet.engine.policy.Verdict;
import dev.protovet.engine.report.FixHints;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code target/protovet/breaking.html}, for people: the findings grouped by file, each with its line, verdict,
 * rule, message and fix hint (or the justification that let it pass), under a summary. One self-contained page.
 */
final class HtmlReport {
    private static final String STYLE = """
            body{font:15px/1.45 system-ui,sans-serif;margin:2em auto;max-width:70em;padding:0 1em;color:#1f2328}
            h1{font-size:1.4em}h2{font:600 1em ui-monospace,monospace;margin-top:2em}
            table{border-collapse:collapse;width:100%}td,th{border-top:1px solid #d0d7de;padding:.4em .6em;text-align:left;
            vertical-align:top}th{font-weight:600}code,.line{font-family:ui-monospace,monospace}
            .fails{color:#cf222e}.warns{color:#9a6700}.passes{color:#1a7f37}.hint{color:#57606a}
            """;

    private HtmlReport() {
    }

    static String of(Judgement judgement, String baseline) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>protovet: breaking changes against ").append(escape(baseline)).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>Breaking changes against ").append(escape(baseline)).append("</h1>\n");
        if (judgement.findings().isEmpty()) {
            return html.append("<p class=\"passes\">No breaking changes.</p>\n</body>\n</html>\n").toString();
        }
        html.append("<p>").append(escape(judgement.summary())).append("</p>\n");
        judgement.notes().forEach(note -> html.append("<p class=\"warns\">").append(escape(note)).append("</p>\n"));
        Map<String, List<Judged>> byFile = new LinkedHashMap<>();
        judgement.findings().forEach(j -> byFile.computeIfAbsent(j.finding().path() == null ? ""
                : j.finding().path(), k -> new ArrayList<>()).add(j));
        byFile.forEach((path, list) -> {
            html.append("<h2>").append(escape(path.isEmpty() ? "(deleted files and packages)" : path)).append("</h2>\n")
                    .append("<table>\n<tr><th>Line</th><th>Verdict</th><th>Rule</th><th>Change</th></tr>\n");
            list.forEach(j -> row(html, j));
            html.append("</table>\n");
        });
        return html.append("</body>\n</html>\n").toString();
    }

    private static void row(StringBuilder html, Judged j) {
        Finding f = j.finding();
        String verdict = switch (j.verdict()) {
            case FAILS -> "<span class=\"fails\">breaking</span>";
            case WARNS -> "<span class=\"warns\">warning</span>";
            case ACCEPTED -> "<span class=\"passes\">accepted</span>";
            case IGNORED -> "<span class=\"passes\">ignored by comment</span>";
        };
        html.append("<tr><td class=\"line\">").append(f.location().span().startLine()).append(':')
                .append(f.location().span().startColumn()).append("</td><td>").append(verdict).append("</td><td><code>")
                .append(escape(f.ruleId())).append("</code></td><td>").append(escape(f.message()));
        if (j.reason() != null) {
            html.append("<br><span class=\"hint\">").append(j.verdict().shown() ? "note: " : "why: ")
                    .append(escape(j.reason())).append("</span>");
        }
        if (j.verdict() == Verdict.FAILS || j.verdict() == Verdict.WARNS) {
            html.append("<br><span class=\"hint\">hint: ").append(escape(FixHints.hint(f))).append("</span>");
        }
        html.append("</td></tr>\n");
    }
}
