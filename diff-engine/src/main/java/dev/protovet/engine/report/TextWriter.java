package dev.protovet.engine.report;

import dev.protovet.engine.Finding;
import dev.protovet.engine.policy.Judged;
import dev.protovet.engine.policy.Judgement;

/**
 * buf's text format: {@code path:line:column:message}; {@code <input>} stands for a finding without a file. A warning's
 * message starts with {@code warning: }.
 */
public final class TextWriter implements FindingWriter {
    static final String NO_FILE = "<input>";

    @Override
    public String write(Judgement judgement) {
        StringBuilder out = new StringBuilder();
        for (Judged j : judgement.shown()) {
            Finding f = j.finding();
            out.append(path(f)).append(':').append(f.location().span().startLine()).append(':')
                    .append(f.location().span().startColumn()).append(':').append(j.isWarning() ? "warning: " : "")
                    .append(f.message()).append('\n');
        }
        return out.toString();
    }

    static String path(Finding f) {
        return f.path() == null ? NO_FILE : f.path();
    }
}
