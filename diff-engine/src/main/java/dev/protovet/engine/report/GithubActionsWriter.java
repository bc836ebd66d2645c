package dev.protovet.engine.report;

import dev.protovet.engine.Finding;
import dev.protovet.engine.model.Span;
import dev.protovet.engine.policy.Judged;
import dev.protovet.engine.policy.Judgement;

/** GitHub Actions workflow commands, so findings show as annotations on the pull request ({@code ::warning} for warnings). */
public final class GithubActionsWriter implements FindingWriter {
    @Override
    public String write(Judgement judgement) {
        StringBuilder out = new StringBuilder();
        for (Judged j : judgement.shown()) {
            Finding f = j.finding();
            out.append(j.isWarning() ? "::warning file=" : "::error file=").append(TextWriter.path(f));
            if (f.path() != null) {
                Span s = f.location().span();
                out.append(",line=").append(s.startLine()).append(",col=").append(s.startColumn())
                        .append(",endLine=").append(s.endLine()).append(",endColumn=").append(s.endColumn());
            }
            out.append("::").append(f.message().replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))
                    .append('\n');
        }
        return out.toString();
    }
}
