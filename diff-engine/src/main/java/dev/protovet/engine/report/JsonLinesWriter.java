package dev.protovet.engine.report;

import dev.protovet.engine.Finding;
import dev.protovet.engine.model.Span;
import java.util.List;

/** buf's JSON format: one object per line; {@code path} is left out when the finding has no file. */
public final class JsonLinesWriter implements FindingWriter {
    @Override
    public String write(List<Finding> findings) {
        StringBuilder out = new StringBuilder();
        for (Finding f : findings) {
            Span s = f.location().span();
            out.append('{');
            if (f.path() != null) {
                out.append("\"path\":").append(JsonStrings.quote(f.path())).append(',');
            }
            out.append("\"start_line\":").append(s.startLine())
                    .append(",\"start_column\":").append(s.startColumn())
                    .append(",\"end_line\":").append(s.endLine())
                    .append(",\"end_column\":").append(s.endColumn())
                    .append(",\"type\":").append(JsonStrings.quote(f.ruleId()))
                    .append(",\"message\":").append(JsonStrings.quote(f.message()))
                    .append("}\n");
        }
        return out.toString();
    }
}
