package dev.protovet.engine.report;

import dev.protovet.engine.Finding;
import dev.protovet.engine.model.Span;
import dev.protovet.engine.policy.Judged;
import dev.protovet.engine.policy.Judgement;

/**
 * buf's JSON format: one object per line; {@code path} is left out when the finding has no file. A warning ends with
 * {@code "severity":"warning"} (buf has no warnings, so its errors carry no such field).
 */
public final class JsonLinesWriter implements FindingWriter {
    @Override
    public String write(Judgement judgement) {
        StringBuilder out = new StringBuilder();
        for (Judged j : judgement.shown()) {
            Finding f = j.finding();
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
                    .append(j.isWarning() ? ",\"severity\":\"warning\"" : "")
                    .append("}\n");
        }
        return out.toString();
    }
}
