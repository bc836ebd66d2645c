package dev.protovet.engine.report;

import dev.protovet.engine.Finding;
import java.util.List;

/** Visual Studio's format: {@code path(line,column) : error RULE : message}. */
public final class MsvsWriter implements FindingWriter {
    @Override
    public String write(List<Finding> findings) {
        StringBuilder out = new StringBuilder();
        for (Finding f : findings) {
            out.append(TextWriter.path(f)).append('(').append(f.location().span().startLine()).append(',')
                    .append(f.location().span().startColumn()).append(") : error ").append(f.ruleId())
                    .append(" : ").append(f.message()).append('\n');
        }
        return out.toString();
    }
}
