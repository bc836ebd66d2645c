package dev.protovet.engine.report;

import dev.protovet.engine.Finding;
import dev.protovet.engine.policy.Judged;
import dev.protovet.engine.policy.Judgement;

/** Visual Studio's format: {@code path(line,column) : error RULE : message}, {@code warning} for a warning. */
public final class MsvsWriter implements FindingWriter {
    @Override
    public String write(Judgement judgement) {
        StringBuilder out = new StringBuilder();
        for (Judged j : judgement.shown()) {
            Finding f = j.finding();
            out.append(TextWriter.path(f)).append('(').append(f.location().span().startLine()).append(',')
                    .append(f.location().span().startColumn()).append(") : ").append(j.isWarning() ? "warning " : "error ")
                    .append(f.ruleId())
                    .append(" : ").append(f.message()).append('\n');
        }
        return out.toString();
    }
}
