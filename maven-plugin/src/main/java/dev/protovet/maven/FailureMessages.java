package dev.protovet.maven;

import dev.protovet.engine.Finding;
import dev.protovet.engine.report.FixHints;
import dev.protovet.engine.InputException;
import dev.protovet.engine.model.Span;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** The text of a failed build: one line per finding or input problem, so that the end of the log says it all. */
final class FailureMessages {
    private FailureMessages() {
    }

    /** {@code file:line:col: [RULE_ID] message} and the fix hint per finding, under a heading. */
    static String findings(String heading, List<Finding> findings) {
        return heading + findings.stream().map(FailureMessages::line).collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    static String line(Finding finding) {
        String where = "";
        if (finding.path() != null) {
            Span span = finding.location().span();
            where = finding.path() + ":" + span.startLine() + ":" + span.startColumn() + ": ";
        }
        return where + "[" + finding.ruleId() + "] " + finding.message() + "\n    hint: " + FixHints.hint(finding);
    }

    /** Every problem of a bad input, its file shown through {@code shown}. */
    static String problems(String heading, InputException e, UnaryOperator<String> shown) {
        return heading + e.problems().stream()
                .map(p -> new InputException.Problem(shown.apply(p.file()), p.line(), p.column(), p.message()).toString())
                .collect(Collectors.joining("\n  ", "\n  ", ""));
    }
}
